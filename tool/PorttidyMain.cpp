//===--- PorttidyMain.cpp - the porttidy command --------------------------===//
//
// The order of a run: read the command line, load the configuration, refuse
// what cannot work (unknown checks, missing files, broken databases) before
// analysing anything, then analyse file by file and pick the exit code.
//
//===----------------------------------------------------------------------===//

#include "ChangedLines.h"
#include "CheckSelection.h"
#include "CommandLine.h"
#include "CompilationSetup.h"
#include "Configuration.h"
#include "Driver.h"
#include "Interruption.h"
#include "Messages.h"
#include "ReportOutput.h"
#include "ResultCache.h"
#include "TidyRunner.h"
#include "Worker.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <thread>

using namespace porttidy;

namespace {

/// --list-checks and --dump-config describe the settings for the first
/// source, or for a file in the current directory.
int showConfiguration(const CommandLine &Args, Configuration &Config) {
  llvm::SmallString<256> Reference(Args.Sources.empty()
                                       ? llvm::StringRef("dummy.c")
                                       : llvm::StringRef(Args.Sources.front()));
  llvm::sys::fs::make_absolute(Reference);
  if (llvm::Error Err = checkConfigurationFor(Config, {Reference.str().str()}))
    return failWith(std::move(Err));

  ClangTidyOptions Effective = Config.Provider->getOptions(Reference);
  std::vector<std::string> Enabled = enabledChecks(Effective);
  if (Args.ListChecks) {
    llvm::outs() << "Enabled checks:";
    for (const std::string &Name : Enabled)
      llvm::outs() << "\n    " << Name;
    llvm::outs() << "\n\n";
  }
  if (Args.DumpConfig) {
    // Show every option of every enabled check, defaults included, so the
    // dump is a complete starting point for a .clang-tidy file.
    llvm::StringSet<> EnabledSet;
    for (const std::string &Name : Enabled)
      EnabledSet.insert(Name);
    ClangTidyOptions::OptionMap All = checkOptions(Effective);
    Effective.CheckOptions.clear();
    for (const auto &Option : All)
      if (EnabledSet.contains(Option.getKey().split('.').first))
        Effective.CheckOptions.insert({Option.getKey(), Option.getValue()});
    llvm::outs() << clang::tidy::configurationAsText(Effective) << "\n";
  }
  return ExitClean;
}

void printStatistics(const clang::tidy::ClangTidyStats &Stats) {
  unsigned NoLint = Stats.ErrorsIgnoredNOLINT;
  unsigned NonUser = Stats.ErrorsIgnoredNonUserCode;
  if (NoLint + NonUser == 0)
    return;
  std::string Parts;
  if (NoLint)
    Parts += std::to_string(NoLint) + " NOLINT";
  if (NonUser)
    Parts += (Parts.empty() ? "" : ", ") + std::to_string(NonUser) +
             " in filtered-out headers";
  unsigned Total = NoLint + NonUser;
  printInfo("suppressed " + llvm::Twine(Total) + " finding" +
            (Total == 1 ? "" : "s") + " (" + Parts + ")");
}

FixMode fixModeFor(const CommandLine &Args) {
  if (Args.FixNotes)
    return FixMode::FindingsAndNotes;
  return Args.Fix ? FixMode::Findings : FixMode::None;
}

/// Any function of this binary, for locating the executable.
void anchor() {}

/// How the analysis runs: jobs, cache, progress line, worker command.
AnalysisSettings analysisSettingsFor(const CommandLine &Args,
                                     llvm::ArrayRef<const char *> Argv) {
  AnalysisSettings Settings;
  Settings.Mode = fixModeFor(Args);
  Settings.Jobs = Args.Jobs ? Args.Jobs
                            : std::max(1u, std::thread::hardware_concurrency());
  Settings.CacheDir = Args.CacheDir;
  Settings.CacheSalt =
      toolBuildId(Argv.front(), reinterpret_cast<void *>(&anchor));
  Settings.ShowProgress =
      !Args.Quiet && llvm::sys::Process::StandardErrIsDisplayed();
  std::string Self = llvm::sys::fs::getMainExecutable(
      Argv.front(), reinterpret_cast<void *>(&anchor));
  if (!Self.empty()) {
    // The worker re-reads this command line, so it sees the same options
    // and configuration; the driver tells it which database to load.
    Settings.WorkerCommand = {Self};
    Settings.WorkerCommand.insert(Settings.WorkerCommand.end(),
                                  Argv.begin() + 1, Argv.end());
  }
  return Settings;
}

std::vector<ClangTidyError> errorsOf(llvm::ArrayRef<Finding> Findings) {
  std::vector<ClangTidyError> Errors;
  for (const Finding &F : Findings)
    Errors.push_back(F.Error);
  return Errors;
}

/// The exit status, skipping LLVM's exit-time destructors after an
/// in-process crash (see CrashedInProcess).
int finish(int Status) {
  if (!CrashedInProcess)
    return Status;
  llvm::outs().flush();
  llvm::errs().flush();
  std::_Exit(Status);
}

} // namespace

int main(int Argc, const char **Argv) {
  llvm::InitLLVM Init(Argc, Argv);
  // A crash is porttidy's bug to fix (even when it happens inside clang).
  llvm::setBugReportMsg("PLEASE report this porttidy crash with the stack "
                        "dump below and the source file being analysed.\n");

  llvm::Expected<CommandLine> Args = parseCommandLine(Argc, Argv);
  if (!Args)
    return failWith(Args.takeError());
  installSignalHandlers(/*Announce=*/Args->WorkerFile.empty());

  llvm::Expected<Configuration> Config = loadConfiguration(*Args);
  if (!Config)
    return failWith(Config.takeError());
  // A -j worker's parent has validated already. Listing the static
  // analyzer's ~200 checks costs 1.5% of a small file's run, so they are
  // asked for only when the module checks leave a glob unexplained.
  if (Args->Checks && Args->WorkerFile.empty())
    if (llvm::Error Err = validateCheckGlobs(*Args->Checks, moduleChecks())) {
      llvm::consumeError(std::move(Err));
      if (llvm::Error Full =
              validateCheckGlobs(*Args->Checks, registeredChecks()))
        return failWith(std::move(Full));
    }

  if (Args->ListChecks || Args->DumpConfig)
    return showConfiguration(*Args, *Config);

  // porttidy started by itself for `-j`: analyse one file, write, exit.
  if (!Args->WorkerFile.empty())
    return runWorker(*Args, *Config, fixModeFor(*Args));

  // --diff/--staged: ask git first, so a bad revision fails before analysis.
  // `--staged` with no sources analyses the staged translation units (those
  // in the database with -p).
  std::optional<ChangedLines> Changed;
  bool StagedFilesOnly = Args->Staged && Args->Sources.empty() &&
                         Args->FilesFrom.empty();
  if (Args->DiffRevision || Args->Staged) {
    llvm::Expected<ChangedLines> Lines = ChangedLines::fromGit(
        {Args->Staged, Args->DiffRevision.value_or("")});
    if (!Lines)
      return failWith(Lines.takeError());
    Changed = std::move(*Lines);
    if (StagedFilesOnly && Args->BuildPath.empty())
      for (const std::string &File : Changed->files())
        if (isTranslationUnitName(File))
          Args->Sources.push_back(File);
    if (StagedFilesOnly && Args->BuildPath.empty() && Args->Sources.empty()) {
      if (!Args->Quiet)
        printInfo("no staged C or C++ source files to analyse");
      return ExitClean;
    }
  }

  llvm::Expected<Compilation> Work = setUpCompilation(*Args);
  if (!Work)
    return failWith(Work.takeError());
  if (StagedFilesOnly && Work->FilesFromDatabase) {
    llvm::erase_if(Work->Files, [&](const std::string &File) {
      return !isTranslationUnitName(File) || !Changed->touches(File);
    });
    if (Work->Files.empty()) {
      if (!Args->Quiet)
        printInfo("no staged C or C++ source files in the compilation "
                  "database");
      return ExitClean;
    }
  }
  if (llvm::Error Err = checkConfigurationFor(*Config, Work->Files))
    return failWith(std::move(Err));
  // --format, --output and the baseline options, checked before analysis.
  llvm::Expected<ReportOutput> Output = ReportOutput::open(*Args, Work->Files);
  if (!Output)
    return failWith(Output.takeError());

  // Open the export file before the (possibly long) run, so a bad path
  // fails at once.
  std::unique_ptr<llvm::raw_fd_ostream> Export;
  if (!Args->ExportFixes.empty()) {
    std::error_code EC;
    Export = std::make_unique<llvm::raw_fd_ostream>(Args->ExportFixes, EC,
                                                    llvm::sys::fs::OF_Text);
    if (EC)
      return failWith(makeError("cannot write '" + Args->ExportFixes +
                                "': " + EC.message()));
  }

  // Inline assembly is parsed with LLVM's target parsers, as in clang-tidy.
  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmParsers();

  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  std::shared_ptr<std::vector<std::string>> BrokenConfigFiles =
      Config->FileProblems;
  ContextFactory NewContext = makeContextFactory(std::move(Config->Provider));

  // 1. Analyse every TU (cache, in process, or -j workers): one merged,
  //    deduplicated, sorted list.
  RunSummary Summary =
      analyseAll(NewContext, *Work,
                 analysisSettingsFor(*Args, llvm::ArrayRef(Argv, Argc)), FS);
  std::vector<Finding> &Findings = Summary.Findings;

  // 2. Filters narrow Findings here (a baseline, changed lines), each in its
  //    own file, before anything is printed or fixed.

  // The baseline hides the findings it records (and is written or pruned).
  bool Complete = Summary.FailedFiles == 0;
  if (llvm::Error Err = Output->filter(Findings, Complete))
    return failWith(std::move(Err));

  // Changed lines (--diff/--staged) last: the baseline above must see every
  // finding, or it would call the entries on unchanged lines stale.
  if (Changed) {
    SourceFiles Texts;
    std::vector<Finding> OnChangedLines =
        keepChangedLines(Findings, *Changed, Texts);
    size_t Hidden = Findings.size() - OnChangedLines.size();
    if (Hidden && !Args->Quiet)
      printInfo(llvm::Twine(Hidden) + " finding" + (Hidden == 1 ? "" : "s") +
                " on unchanged lines not shown (" +
                (Args->Staged ? "--staged" : "--diff") + ")");
    Findings = std::move(OnChangedLines);
  }

  // 3. Render, 4. apply fixes. clang-tidy's text format notes each fix it
  //    applies ("FIX-IT applied suggested code changes"), so for text both
  //    happen in one pass, with the configuration of the first file.
  std::unique_ptr<ClangTidyContext> RenderContext = NewContext();
  RenderContext->setCurrentFile(Work->Files.front());
  unsigned FilesNotFixed = 0;
  if (llvm::Error Err = Output->render(Complete, [&] {
        FilesNotFixed = printAndFix(errorsOf(Findings), *RenderContext,
                                    fixModeFor(*Args), FS, Summary.Read);
      }))
    return failWith(std::move(Err));

  printProblems(Summary);

  // 5. Export what was reported.
  if (Export) {
    llvm::SmallString<256> MainFile(Work->Files.front());
    llvm::sys::fs::make_absolute(MainFile);
    exportFixes(MainFile, errorsOf(Findings), *Export);
  }
  if (!Args->Quiet && !Args->CacheDir.empty())
    printInfo("cache: " + llvm::Twine(Summary.CacheHits) + " hit" +
              (Summary.CacheHits == 1 ? "" : "s") + ", " +
              llvm::Twine(Summary.CacheMisses) + " miss" +
              (Summary.CacheMisses == 1 ? "" : "es"));
  if (!Args->Quiet)
    printStatistics(Summary.Stats);

  // A header's .clang-tidy is only read when a finding lands there.
  for (const std::string &Problem : *BrokenConfigFiles)
    printError(Problem);
  // 6. The exit status.
  unsigned FindingCount = 0, ConfigProblems = 0;
  for (const Finding &F : Findings) {
    DiagnosticKind Kind = classify(F.Error);
    FindingCount += Kind == DiagnosticKind::Finding;
    ConfigProblems += Kind == DiagnosticKind::ConfigProblem;
  }
  if (ConfigProblems)
    printError("the checks rejected some of their options and ran with "
               "defaults instead (see the [clang-tidy-config] warnings)");
  if (Summary.FailedFiles || ConfigProblems || !BrokenConfigFiles->empty() ||
      FilesNotFixed)
    return finish(ExitFailure);
  return finish(FindingCount && !Args->ExitZero ? ExitFindings : ExitClean);
}
