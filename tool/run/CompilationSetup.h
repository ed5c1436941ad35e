//===--- CompilationSetup.h - which files, compiled how ---------*- C++ -*-===//
//
// Chooses the compilation database (`-p`, the flags after `--`, or one found
// above the first source; default flags when there is none), adjusts its
// commands for porttidy, and lists the files to analyse.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_COMPILATIONSETUP_H
#define PORTTIDY_TOOL_COMPILATIONSETUP_H

#include "clang/Tooling/CompilationDatabase.h"
#include "cli/CommandLine.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace porttidy {

struct Compilation {
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  /// The same database before porttidy's adjustments (extra args, resource
  /// dir), which a worker applies itself; owned by Database.
  const clang::tooling::CompilationDatabase *Unadjusted = nullptr;
  /// What to analyse, in order: the sources given, or with `-p` and none,
  /// every file in the database.
  std::vector<std::string> Files;
  /// True when Files came from the database rather than the command line.
  bool FilesFromDatabase = false;
  /// The compile_commands.json (or compile_flags.txt) loaded; empty for the
  /// flags after `--` and for default flags. Workers load the same one.
  std::string DatabasePath;
};

/// \p File's commands, asked as ClangTool asks: by absolute path, which a
/// command borrowed from a neighbour then names.
std::vector<clang::tooling::CompileCommand>
commandsFor(const clang::tooling::CompilationDatabase &Database,
            llvm::StringRef File);

/// Takes the database and flags out of \p Args. Fails with a one-line
/// message on a missing or broken database, a missing source, or a source
/// the database has no command for.
llvm::Expected<Compilation> setUpCompilation(CommandLine &Args);

} // namespace porttidy

#endif // PORTTIDY_TOOL_COMPILATIONSETUP_H
