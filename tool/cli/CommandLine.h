//===--- CommandLine.h - porttidy's command line ----------------*- C++ -*-===//
//
// Turns argv into plain values. Nothing else in the tool reads llvm::cl
// globals, so the run can be driven (and later tested) without them.
//
// cli/ is where a run starts: the command line (this, KnownOptions for the
// options porttidy does not have, ClosestName for "did you mean"), the
// configuration each file gets (Configuration, the --checks globs in
// CheckSelection, --verify-config/--explain-config in ConfigCheck), and
// porttidy's own one-line messages (Messages). What it decides goes to
// run/ (Driver.h), which analyses, and report/ (ReportOutput.h), which
// renders and fixes.
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
  /// `--fix-errors`: also fix files that do not compile (implies --fix).
  bool FixErrors = false;
  /// `--format-style`: how the code around applied fixes is formatted.
  std::optional<std::string> FormatStyle;
  bool ListChecks = false;
  bool DumpConfig = false;
  /// `--verify-config`, `--explain-config` (ConfigCheck.h).
  bool VerifyConfig = false;
  bool ExplainConfig = false;
  bool Quiet = false;

  /// `-j`: translation units analysed at once; 0 means one per core.
  unsigned Jobs = 0;
  /// `--files-from`: a file listing sources, one per line (`-`: stdin).
  std::string FilesFrom;
  /// `--cache-dir`: where results of unchanged TUs are kept; empty: none.
  std::string CacheDir;
  /// Hidden, set only when porttidy starts itself as a `-j` worker: the one
  /// file to analyse, where to write its result, and the compilation
  /// database the parent chose ("" if none: default flags or `--`).
  std::string WorkerFile;
  std::string WorkerOutput;
  std::optional<std::string> WorkerDatabase;

  /// `--diff=REV`: report only findings on lines added or changed since REV.
  std::optional<std::string> DiffRevision;
  /// `--staged`: report only findings on lines added or changed in the index.
  bool Staged = false;

  /// `--format`: text, sarif, json, github or codequality (checked by
  /// ReportOutput::open).
  std::string Format = "text";
  /// `--output`: where the report goes; empty: stdout.
  std::string Output;
  /// `--source-root`: paths in reports and baselines are relative to it;
  /// empty: the git work tree of the first source, else the current directory.
  std::string SourceRoot;
  /// `--baseline`, `--write-baseline`, `--prune-baseline`.
  std::string Baseline;
  std::string WriteBaseline;
  bool PruneBaseline = false;
  /// `--exit-zero`: findings exit 0 (failures still exit 2).
  bool ExitZero = false;

  /// `--header-filter`, `--exclude-header-filter`: regular expressions for
  /// the headers whose findings are shown (they override HeaderFilterRegex
  /// and ExcludeHeaderFilterRegex of the configuration).
  std::optional<std::string> HeaderFilter;
  std::optional<std::string> ExcludeHeaderFilter;
  /// `--system-headers`: also report findings in system headers.
  bool SystemHeaders = false;
  /// `--line-filter`: clang-tidy's JSON list of files and line ranges.
  std::string LineFilter;
  /// `--warnings-as-errors`: globs of checks whose findings are errors.
  std::optional<std::string> WarningsAsErrors;
  /// `--allow-no-checks`: a file with no enabled check is skipped, not an
  /// error.
  bool AllowNoChecks = false;
  /// `--remove-arg`: compiler flags dropped from every compile command.
  std::vector<std::string> RemoveArgs;
  /// `--progress` (or the CI environment variable): a `[3/80] file` line per
  /// finished translation unit, also when stderr is not a terminal.
  bool ProgressLines = false;
  /// `--use-color`: colours in the text format; unset: only on a terminal.
  std::optional<bool> UseColor;
  /// `--shard=I/N`: analyse only part I of N of the files (Shard.h).
  std::string Shard;
  /// `--vfsoverlay`: clang YAML overlays laid over the real file system.
  std::vector<std::string> VfsOverlays;
  /// `--enable-check-profile`, `--store-check-profile` (CheckProfile.h).
  bool EnableCheckProfile = false;
  std::string StoreCheckProfile;
};

/// Parses argv. `--help` and `--version` print and exit here, as with every
/// LLVM tool; every other problem comes back as a one-line error.
llvm::Expected<CommandLine> parseCommandLine(int Argc, const char **Argv);

} // namespace porttidy

#endif // PORTTIDY_TOOL_COMMANDLINE_H
