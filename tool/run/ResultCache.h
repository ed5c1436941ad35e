//===--- ResultCache.h - results of unchanged TUs, replayed -----*- C++ -*-===//
//
// `--cache-dir`: one file per translation unit, named by a hash of what the
// result depends on besides the sources (tool build, check configuration,
// compile command). The entry lists every file the TU read with the hash of
// its text; a lookup re-hashes them, so editing one header re-checks exactly
// the TUs that read it. Entries are written whole (temporary file, then
// rename), so concurrent runs never see half an entry; a damaged entry is a
// miss.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_RESULTCACHE_H
#define PORTTIDY_TOOL_RESULTCACHE_H

#include "TidyRunner.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>

namespace porttidy {

/// Everything besides the sources that a TU's result depends on: \p Salt
/// (tool version and build), the configuration that applies to \p File, its
/// compile commands, and whether fix-its come from notes.
std::string cacheKeyFor(llvm::StringRef Salt, ClangTidyContext &Context,
                        const clang::tooling::CompilationDatabase &Database,
                        llvm::StringRef File, FixMode Mode);

/// Identifies this porttidy build: version, LLVM version, and the size and
/// time of the executable (a rebuild changes them).
std::string toolBuildId(const char *Argv0, void *MainAddress);

class ResultCache {
public:
  explicit ResultCache(std::string Dir) : Dir(std::move(Dir)) {}

  /// The stored result for \p Key, if every file it read is unchanged.
  std::optional<TUResult> lookup(const std::string &Key);
  /// Stores \p Result under \p Key; a failure to write (full disk, read-only
  /// directory) is reported once and otherwise ignored.
  void store(const std::string &Key, const TUResult &Result);

private:
  std::string entryPath(const std::string &Key) const;
  /// Hash of the file's current text; std::nullopt if it cannot be read.
  std::optional<uint64_t> currentHash(const std::string &Path);

  std::string Dir;
  /// Headers are shared by many TUs: hash each once per run.
  llvm::StringMap<std::optional<uint64_t>> Hashes;
  bool WarnedAboutWriting = false;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_RESULTCACHE_H
