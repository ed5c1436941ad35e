//===--- Shard.h - one of N stable parts of a run ---------------*- C++ -*-===//
//
// `--shard=I/N` lets a CI matrix spread a large compilation database over N
// jobs. Every job computes the same split on its own: files are ordered by
// size (largest first), ties by a hash of their path relative to the source
// root, and each is given to the part with the fewest bytes so far. So the N
// parts are disjoint, together hold every file, are balanced by size and do
// not depend on where the checkout lies.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_SHARD_H
#define PORTTIDY_TOOL_SHARD_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace porttidy {

struct Shard {
  /// 1-based, at most Count.
  unsigned Index = 1;
  unsigned Count = 1;

  /// Parses `I/N` (1 <= I <= N); fails with a one-line message.
  static llvm::Expected<Shard> parse(llvm::StringRef Text);

  /// The files of \p Files (in their order) that belong to this part.
  /// \p Root is the absolute source root the paths are hashed relative to.
  std::vector<std::string> select(llvm::ArrayRef<std::string> Files,
                                  llvm::StringRef Root) const;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_SHARD_H
