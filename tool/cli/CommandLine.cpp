//===--- CommandLine.cpp - porttidy's command line ------------------------===//

#include "CommandLine.h"
#include "KnownOptions.h"
#include "Messages.h"
#include "run/Interruption.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cctype>
#include <cstdlib>
#ifdef LLVM_ON_UNIX
#include <unistd.h>
#endif

namespace porttidy {
namespace {

namespace cl = llvm::cl;

cl::OptionCategory PorttidyCategory("porttidy options");

const char Overview[] =
    R"(porttidy finds network port misuse in C and C++ socket code.

  porttidy [options] <source>... -- [compiler flags]
  porttidy [options] -p <build dir> [<source>...]

With -p and no sources, every file in the compilation database is analysed.
Without -p or '--', compile_commands.json is searched for upwards from the
first source. Checks default to '-*,port-*', then .clang-tidy files (or
--config), then --checks on top.

Exit status: 0 no findings, 1 findings, 2 porttidy could not do its job
(bad arguments, unreadable input, or a source that does not compile).
)";

cl::opt<std::string>
    BuildPath("p", cl::desc("Build directory holding compile_commands.json"),
              cl::value_desc("build dir"), cl::cat(PorttidyCategory));

cl::list<std::string> Sources(cl::Positional, cl::desc("<source>..."),
                              cl::cat(PorttidyCategory));

cl::opt<std::string>
    Checks("checks",
           cl::desc("Comma-separated globs of checks, applied on top of the\n"
                    "defaults and .clang-tidy (e.g. '-*,port-zero-*')"),
           cl::value_desc("globs"), cl::cat(PorttidyCategory));

cl::opt<std::string>
    Config("config",
           cl::desc("Configuration in YAML/JSON, used instead of .clang-tidy\n"
                    "files, e.g. \"{Checks: '-port-zero-destination'}\""),
           cl::value_desc("yaml"), cl::cat(PorttidyCategory));

cl::opt<std::string>
    ConfigFile("config-file",
               cl::desc("Read the configuration from this file instead of\n"
                        ".clang-tidy files"),
               cl::value_desc("path"), cl::cat(PorttidyCategory));

cl::opt<bool> Fix("fix", cl::desc("Apply the fix-its attached to findings"),
                  cl::cat(PorttidyCategory));

cl::opt<bool> FixNotes("fix-notes",
                       cl::desc("Also apply fix-its attached to notes (the\n"
                                "likely but not certain ones); implies --fix"),
                       cl::cat(PorttidyCategory));

cl::opt<bool>
    FixErrors("fix-errors",
              cl::desc("Apply fix-its even in files that do not compile\n"
                       "(implies --fix; the run still exits 2)"),
              cl::cat(PorttidyCategory));

cl::opt<std::string> FormatStyle(
    "format-style",
    cl::desc("Format the code around applied fixes in this clang-format\n"
             "style (none, file, llvm, google... or '{key: value}');\n"
             "overrides FormatStyle"),
    cl::value_desc("style"), cl::cat(PorttidyCategory));

cl::opt<std::string>
    ExportFixes("export-fixes",
                cl::desc("Write findings and their fix-its as YAML, for\n"
                         "clang-apply-replacements"),
                cl::value_desc("file.yaml"), cl::cat(PorttidyCategory));

cl::opt<bool> ListChecks("list-checks",
                         cl::desc("List the enabled checks and exit"),
                         cl::cat(PorttidyCategory));

cl::opt<bool>
    DumpConfig("dump-config",
               cl::desc("Print the effective configuration as YAML and exit"),
               cl::cat(PorttidyCategory));

cl::opt<bool> VerifyConfig(
    "verify-config",
    cl::desc("Report unknown checks and check options in the configuration\n"
             "(of each source, or of the current directory) and exit"),
    cl::cat(PorttidyCategory));

cl::opt<bool> ExplainConfig(
    "explain-config",
    cl::desc("Say which configuration layer enables each enabled check, and\n"
             "exit"),
    cl::cat(PorttidyCategory));

cl::opt<bool> Quiet("quiet",
                    cl::desc("Print findings and errors only, no statistics"),
                    cl::cat(PorttidyCategory));

cl::list<std::string>
    ExtraArgs("extra-arg",
              cl::desc("Append this argument to every compile command"),
              cl::value_desc("arg"), cl::cat(PorttidyCategory));

cl::list<std::string>
    ExtraArgsBefore("extra-arg-before",
                    cl::desc("Prepend this argument to every compile command"),
                    cl::value_desc("arg"), cl::cat(PorttidyCategory));

cl::opt<unsigned>
    Jobs("j", cl::Prefix,
         cl::desc("Analyse this many translation units at once, each in its\n"
                  "own process (default: one per core)"),
         cl::value_desc("n"), cl::cat(PorttidyCategory));

cl::opt<std::string>
    FilesFrom("files-from",
              cl::desc("Also analyse the sources listed in this file, one\n"
                       "per line ('-' reads standard input)"),
              cl::value_desc("file"), cl::cat(PorttidyCategory));

cl::opt<std::string>
    CacheDir("cache-dir",
             cl::desc("Keep results here and replay them for translation\n"
                      "units whose sources, flags and configuration are\n"
                      "unchanged"),
             cl::value_desc("dir"), cl::cat(PorttidyCategory));

// How porttidy runs itself as a -j worker; not for users.
cl::opt<std::string> WorkerFile("porttidy-worker-file", cl::Hidden,
                                cl::cat(PorttidyCategory));
cl::opt<std::string> WorkerOutput("porttidy-worker-output", cl::Hidden,
                                  cl::cat(PorttidyCategory));
cl::opt<std::string> WorkerDatabase("porttidy-worker-database", cl::Hidden,
                                    cl::cat(PorttidyCategory));

cl::opt<std::string>
    Diff("diff",
         cl::desc("Report only findings on lines added or changed since this\n"
                  "git revision (whole files are still analysed), e.g.\n"
                  "--diff=HEAD or --diff=origin/main...HEAD"),
         cl::value_desc("rev"), cl::cat(PorttidyCategory));

cl::opt<bool>
    Staged("staged",
           cl::desc("Report only findings on lines added or changed in the\n"
                    "git index; with no sources, analyse the staged C/C++\n"
                    "files"),
           cl::cat(PorttidyCategory));

cl::opt<std::string>
    Format("format",
           cl::desc("How findings are written: text (clang-tidy's format),\n"
                    "sarif, json, github or codequality (docs/output.md)"),
           cl::value_desc("format"), cl::init("text"),
           cl::cat(PorttidyCategory));

cl::opt<std::string>
    Output("output",
           cl::desc("Write the findings to this file instead of stdout"),
           cl::value_desc("file"), cl::cat(PorttidyCategory));

cl::opt<std::string> SourceRoot(
    "source-root",
    cl::desc("Report paths relative to this directory (default: the git\n"
             "work tree of the first source, else the current directory)"),
    cl::value_desc("dir"), cl::cat(PorttidyCategory));

cl::opt<std::string>
    Baseline("baseline",
             cl::desc("Hide the findings recorded in this baseline file"),
             cl::value_desc("file"), cl::cat(PorttidyCategory));

cl::opt<std::string> WriteBaseline(
    "write-baseline",
    cl::desc("Record the current findings in this baseline file (and report\n"
             "none)"),
    cl::value_desc("file"), cl::cat(PorttidyCategory));

cl::opt<bool> PruneBaseline(
    "prune-baseline",
    cl::desc("Remove the entries of --baseline that match no finding any more"),
    cl::cat(PorttidyCategory));

cl::opt<bool> ExitZero("exit-zero",
                       cl::desc("Exit 0 even when there are findings (still 2\n"
                                "when porttidy could not do its job)"),
                       cl::cat(PorttidyCategory));

cl::opt<std::string> HeaderFilter(
    "header-filter",
    cl::desc("Regular expression for the headers whose findings are shown,\n"
             "matched against their absolute path (default: the headers\n"
             "under the source root); overrides HeaderFilterRegex"),
    cl::value_desc("regex"), cl::cat(PorttidyCategory));

cl::opt<std::string> ExcludeHeaderFilter(
    "exclude-header-filter",
    cl::desc("Regular expression for headers whose findings are not shown,\n"
             "even if --header-filter matches; overrides\n"
             "ExcludeHeaderFilterRegex"),
    cl::value_desc("regex"), cl::cat(PorttidyCategory));

cl::opt<bool> SystemHeaders("system-headers",
                            cl::desc("Also show findings in system headers"),
                            cl::cat(PorttidyCategory));

cl::opt<std::string> LineFilter(
    "line-filter",
    cl::desc("Show only findings on these lines, as clang-tidy's JSON list:\n"
             "'[{\"name\":\"file.c\",\"lines\":[[1,3],[7,7]]},...]' (a file\n"
             "without \"lines\" keeps all its lines; files not listed\n"
             "keep none)"),
    cl::value_desc("json"), cl::cat(PorttidyCategory));

cl::opt<std::string> WarningsAsErrors(
    "warnings-as-errors",
    cl::desc("Globs of checks whose findings are reported as errors;\n"
             "appended to WarningsAsErrors of the configuration"),
    cl::value_desc("globs"), cl::cat(PorttidyCategory));

cl::opt<bool> AllowNoChecks(
    "allow-no-checks",
    cl::desc("Skip files for which no check is enabled instead of failing"),
    cl::cat(PorttidyCategory));

cl::list<std::string>
    RemoveArgs("remove-arg",
               cl::desc("Remove this flag from every compile command\n"
                        "(repeatable; 'FLAG*' also removes every flag\n"
                        "starting with FLAG)"),
               cl::value_desc("flag"), cl::cat(PorttidyCategory));

cl::opt<bool> ProgressLines(
    "progress",
    cl::desc("Print a '[3/80] file' line on stderr as each translation unit\n"
             "finishes (the default when the CI environment variable is set)"),
    cl::cat(PorttidyCategory));

cl::opt<bool> UseColor("use-color",
                       cl::desc("Use colours in the text format (default: on\n"
                                "a terminal only)"),
                       cl::cat(PorttidyCategory));

cl::list<std::string> VfsOverlays(
    "vfsoverlay",
    cl::desc("Overlay the virtual file system described by this file (clang's\n"
             "YAML overlay format) over the real one (repeatable)"),
    cl::value_desc("file"), cl::cat(PorttidyCategory));

cl::opt<bool> EnableCheckProfile(
    "enable-check-profile",
    cl::desc("Print clang-tidy's per-check timing of each analysed\n"
             "translation unit on stderr"),
    cl::cat(PorttidyCategory));

cl::opt<std::string> StoreCheckProfile(
    "store-check-profile",
    cl::desc("Write each translation unit's per-check timing as JSON under\n"
             "this directory instead (implies --enable-check-profile)"),
    cl::value_desc("dir"), cl::cat(PorttidyCategory));

cl::opt<std::string> Shard(
    "shard",
    cl::desc("Analyse only part I of N of the files (1 <= I <= N), split\n"
             "by size and path hash the same way by every job of a CI\n"
             "matrix"),
    cl::value_desc("I/N"), cl::cat(PorttidyCategory));

/// Redirects stderr (the file descriptor, as llvm::errs() writes to it
/// directly) into a temporary file until release(), which returns the text.
class StderrCapture {
public:
  StderrCapture() {
#ifdef LLVM_ON_UNIX
    llvm::SmallString<128> TempPath;
    {
      // Unlinked at once, and no signal between (a -j worker is stopped with
      // SIGTERM as it starts): `--help` exits inside the parser, and neither
      // may leave the file behind.
      BlockInterrupts Blocked;
      if (llvm::sys::fs::createTemporaryFile("porttidy-args", "txt", TempFd,
                                             TempPath))
        return;
      llvm::sys::fs::remove(TempPath);
    }
    llvm::errs().flush();
    SavedFd = ::dup(STDERR_FILENO);
    if (SavedFd >= 0)
      ::dup2(TempFd, STDERR_FILENO);
#endif
  }
  StderrCapture(const StderrCapture &) = delete;
  StderrCapture &operator=(const StderrCapture &) = delete;
  ~StderrCapture() { (void)release(); }

  std::string release() {
    std::string Text;
#ifdef LLVM_ON_UNIX
    if (SavedFd >= 0) {
      llvm::errs().flush();
      ::dup2(SavedFd, STDERR_FILENO);
      ::close(SavedFd);
      SavedFd = -1;
      ::lseek(TempFd, 0, SEEK_SET);
      char Chunk[512];
      ssize_t Read;
      while ((Read = ::read(TempFd, Chunk, sizeof Chunk)) > 0)
        Text.append(Chunk, static_cast<size_t>(Read));
    }
    if (TempFd >= 0) {
      ::close(TempFd);
      TempFd = -1;
    }
#endif
    return Text;
  }

private:
  int TempFd = -1;
  int SavedFd = -1;
};

void printVersion(llvm::raw_ostream &OS) {
  OS << "porttidy " PORTTIDY_VERSION "\n  built with LLVM " LLVM_VERSION_STRING
        "\n";
}

/// llvm::cl reports a problem as several capitalised lines ("porttidy: Unknown
/// command line argument '--x'.  Try: 'porttidy --help'" and maybe "porttidy:
/// Did you mean '--fix'?"); fold them into our single lowercase line.
std::string foldParseError(llvm::StringRef Text, llvm::StringRef ProgName) {
  llvm::SmallVector<llvm::StringRef, 4> Lines;
  Text.split(Lines, '\n', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::string Result;
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    if (Line.starts_with(ProgName))
      Line = Line.drop_front(ProgName.size()).ltrim(": ");
    Line = Line.split(".  Try:").first.rtrim("!.").trim();
    if (Line.empty())
      continue;
    std::string Part = Line.str();
    Part[0] =
        static_cast<char>(std::tolower(static_cast<unsigned char>(Part[0])));
    if (!Result.empty())
      Result += "; ";
    Result += Part;
  }
  if (Result.empty())
    Result = "invalid command line";
  return Result + " (see 'porttidy --help')";
}

/// CI services set CI (GitHub and GitLab to `true`); their logs are not
/// terminals but should still show how far a long run is.
bool runsInCI() {
  const char *Value = std::getenv("CI");
  return Value && *Value && llvm::StringRef(Value) != "false" &&
         llvm::StringRef(Value) != "0";
}

} // namespace

llvm::Expected<CommandLine> parseCommandLine(int Argc, const char **Argv) {
  CommandLine Result;

  // Everything after `--` is compiler flags, not ours: split it off first.
  std::string FlagsError;
  int OurArgc = Argc;
  Result.FlagsAfterDashDash =
      clang::tooling::FixedCompilationDatabase::loadFromCommandLine(
          OurArgc, Argv, FlagsError);
  if (!Result.FlagsAfterDashDash && OurArgc != Argc)
    return makeError("cannot use the compiler flags after '--': " +
                     llvm::StringRef(FlagsError).trim());

  cl::HideUnrelatedOptions(PorttidyCategory);
  cl::SetVersionPrinter(printVersion);
  if (llvm::Error Err = checkOptionNames(
          llvm::ArrayRef(Argv + 1, Argv + std::max(OurArgc, 1)),
          PorttidyCategory))
    return Err;
  std::string ParseErrors;
  llvm::raw_string_ostream ErrorStream(ParseErrors);
  bool Parsed;
  {
    // Some of llvm::cl's complaints ("for the -p option: requires a value!")
    // bypass the stream we pass and go straight to stderr.
    StderrCapture Capture;
    Parsed = cl::ParseCommandLineOptions(OurArgc, Argv, Overview, &ErrorStream);
    ParseErrors = Capture.release() + ParseErrors;
  }
  if (!Parsed)
    return makeError(
        foldParseError(ParseErrors, llvm::sys::path::filename(Argv[0])));
  // Whatever llvm::cl said on success (it rarely does) still belongs on
  // stderr.
  llvm::errs() << ParseErrors;

  Result.BuildPath = BuildPath;
  Result.Sources.assign(Sources.begin(), Sources.end());
  // An option given empty is still given: `--checks=` must override.
  if (Checks.getNumOccurrences())
    Result.Checks = Checks;
  if (Config.getNumOccurrences())
    Result.Config = Config;
  if (ConfigFile.getNumOccurrences())
    Result.ConfigFile = ConfigFile;
  Result.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  Result.ExtraArgsBefore.assign(ExtraArgsBefore.begin(), ExtraArgsBefore.end());
  Result.ExportFixes = ExportFixes;
  Result.FixNotes = FixNotes;
  Result.FixErrors = FixErrors;
  Result.Fix = Fix || FixNotes || FixErrors;
  if (FormatStyle.getNumOccurrences())
    Result.FormatStyle = FormatStyle;
  Result.ListChecks = ListChecks;
  Result.DumpConfig = DumpConfig;
  Result.VerifyConfig = VerifyConfig;
  Result.ExplainConfig = ExplainConfig;
  Result.Quiet = Quiet;
  if (Jobs.getNumOccurrences() && Jobs == 0)
    return makeError("-j needs a number of jobs of at least 1");
  Result.Jobs = Jobs;
  Result.FilesFrom = FilesFrom;
  Result.CacheDir = CacheDir;
  Result.WorkerFile = WorkerFile;
  Result.WorkerOutput = WorkerOutput;
  if (WorkerDatabase.getNumOccurrences())
    Result.WorkerDatabase = WorkerDatabase;

  if (Result.Config && Result.ConfigFile)
    return makeError("--config and --config-file cannot be combined");
  if (Diff.getNumOccurrences())
    Result.DiffRevision = Diff;
  Result.Staged = Staged;
  Result.Format = Format;
  Result.Output = Output;
  Result.SourceRoot = SourceRoot;
  Result.Baseline = Baseline;
  Result.WriteBaseline = WriteBaseline;
  Result.PruneBaseline = PruneBaseline;
  Result.ExitZero = ExitZero;
  if (HeaderFilter.getNumOccurrences())
    Result.HeaderFilter = HeaderFilter;
  if (ExcludeHeaderFilter.getNumOccurrences())
    Result.ExcludeHeaderFilter = ExcludeHeaderFilter;
  Result.SystemHeaders = SystemHeaders;
  Result.LineFilter = LineFilter;
  if (WarningsAsErrors.getNumOccurrences())
    Result.WarningsAsErrors = WarningsAsErrors;
  Result.AllowNoChecks = AllowNoChecks;
  Result.RemoveArgs.assign(RemoveArgs.begin(), RemoveArgs.end());
  Result.ProgressLines = ProgressLines || (runsInCI() && !Quiet);
  if (UseColor.getNumOccurrences())
    Result.UseColor = UseColor;
  Result.Shard = Shard;
  Result.VfsOverlays.assign(VfsOverlays.begin(), VfsOverlays.end());
  Result.EnableCheckProfile = EnableCheckProfile;
  Result.StoreCheckProfile = StoreCheckProfile;
  if (Result.DiffRevision && Result.Staged)
    return makeError("--diff and --staged cannot be combined");
  if (!Result.BuildPath.empty() && Result.FlagsAfterDashDash)
    return makeError("use either -p <build dir> or '--' <compiler flags>, "
                     "not both");
  return Result;
}

} // namespace porttidy
