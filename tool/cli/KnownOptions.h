//===--- KnownOptions.h - refuse options porttidy does not have -*- C++ -*-===//
//
// llvm::cl reads `--header-filter=x` as the grouped short options `-h`,
// `-e`, ... and prints --help (exit 0), and it offers hidden options as
// "did you mean". A CI job must never pass on a misspelt option, so every
// option is looked up here, by porttidy's own rules, before llvm::cl parses.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_KNOWNOPTIONS_H
#define PORTTIDY_TOOL_KNOWNOPTIONS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"

namespace porttidy {

/// Fails on the first argument of \p Args (argv without the program name and
/// without `--` and what follows) that starts with `-` and names none of
/// \p Category's options, `-h`/`-help`/`--help` or `--version`. The error
/// suggests the closest visible option; hidden ones are accepted but never
/// suggested.
llvm::Error checkOptionNames(llvm::ArrayRef<const char *> Args,
                             const llvm::cl::OptionCategory &Category);

} // namespace porttidy

#endif // PORTTIDY_TOOL_KNOWNOPTIONS_H
