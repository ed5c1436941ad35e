//===--- WorkerDatabase.h - a -j worker's own commands ---------*- C++ -*-===//
//
// A -j worker analyses one file but would load the whole compilation
// database to find its command: on a project of a few hundred files that
// load costs a fifth of a TU's analysis, in every worker. The parent, which
// has the database loaded, writes each worker a database of its file's
// commands alone.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_WORKERDATABASE_H
#define PORTTIDY_TOOL_WORKERDATABASE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace porttidy {

/// Per-file databases in a temporary directory, removed on destruction.
class WorkerDatabases {
public:
  /// Writes one compile_commands.json per file of \p Files, holding the
  /// commands \p Database gives it (inferred ones included). A file whose
  /// database cannot be written gets \p Fallback, the parent's own.
  WorkerDatabases(const clang::tooling::CompilationDatabase &Database,
                  llvm::ArrayRef<std::string> Files, llvm::StringRef Fallback);
  ~WorkerDatabases();

  /// The database path for each file, in the order of Files.
  llvm::ArrayRef<std::string> paths() const { return Paths; }

private:
  std::string Directory;
  std::vector<std::string> Paths;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_WORKERDATABASE_H
