//===--- CommandLine.h - porttidy's command line ----------------*- C++ -*-===//
//
// Turns argv into plain values. Nothing else in the tool reads llvm::cl
// globals, so the run can be driven (and later tested) without them.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_COMMANDLINE_H
#define PORTTIDY_TOOL_COMMANDLINE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace porttidy {

/// Everything the user asked for, as given.
struct CommandLine {
  /// `-p`: a build directory holding compile_commands.json; empty if absent.
  std::string BuildPath;
  /// The compiler flags after `--`, as a database; null without `--`.
  std::unique_ptr<clang::tooling::CompilationDatabase> FlagsAfterDashDash;
  std::vector<std::string> Sources;

  std::optional<std::string> Checks;
  std::optional<std::string> Config;
  std::optional<std::string> ConfigFile;
  std::vector<std::string> ExtraArgs;
  std::vector<std::string> ExtraArgsBefore;
  std::string ExportFixes;

  bool Fix = false;
  bool FixNotes = false;
  bool ListChecks = false;
  bool DumpConfig = false;
  bool Quiet = false;
};

/// Parses argv. `--help` and `--version` print and exit here, as with every
/// LLVM tool; every other problem comes back as a one-line error.
llvm::Expected<CommandLine> parseCommandLine(int Argc, const char **Argv);

} // namespace porttidy

#endif // PORTTIDY_TOOL_COMMANDLINE_H
