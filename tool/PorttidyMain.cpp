//===--- PorttidyMain.cpp - the porttidy command --------------------------===//
//
// The order of a run: read the command line, load the configuration, refuse
// what cannot work (unknown checks, missing files, broken databases) before
// analysing anything, then analyse file by file and pick the exit code.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/GlobList.h"
#include "cli/CheckSelection.h"
#include "cli/CommandLine.h"
#include "cli/ConfigCheck.h"
#include "cli/Configuration.h"
#include "cli/Messages.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "report/ChangedLines.h"
#include "report/FindingFilters.h"
#include "report/HeaderScope.h"
#include "report/ReportOutput.h"
#include "report/SafeFileWriter.h"
#include "run/CheckProfile.h"
#include "run/CompilationSetup.h"
#include "run/Driver.h"
#include "run/FileSystemSetup.h"
#include "run/HeaderIncluders.h"
#include "run/Interruption.h"
#include "run/ResultCache.h"
#include "run/Shard.h"
#include "run/TidyRunner.h"
#include "run/Worker.h"
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

  ClangTidyOptions Effective = Config.Settings->getOptions(Reference);
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

/// --verify-config (each source's configuration) and --explain-config (the
/// first source's), without analysing anything.
int lookAtConfiguration(const CommandLine &Args, Configuration &Config) {
  std::vector<std::string> Files = Args.Sources;
  if (Files.empty())
    Files.push_back("dummy.c");
  for (std::string &File : Files) {
    llvm::SmallString<256> Absolute(File);
    llvm::sys::fs::make_absolute(Absolute);
    File = Absolute.str().str();
  }
  if (llvm::Error Err = checkConfigurationFor(Config, Files))
    return failWith(std::move(Err));
  if (Args.ExplainConfig)
    explainConfiguration(*Config.Settings, Files.front());
  unsigned Problems = 0;
  if (Args.VerifyConfig)
    for (const std::string &File : Files)
      Problems += verifyConfiguration(*Config.Settings, File);
  return Problems ? ExitFailure : ExitClean;
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
  Settings.FixErrors = Args.FixErrors;
  Settings.Jobs = Args.Jobs ? Args.Jobs
                            : std::max(1u, std::thread::hardware_concurrency());
  Settings.CacheDir = Args.CacheDir;
  Settings.CacheSalt =
      toolBuildId(Argv.front(), reinterpret_cast<void *>(&anchor));
  if (Args.ProgressLines)
    Settings.Progress = ProgressStyle::Lines;
  else if (!Args.Quiet && llvm::sys::Process::StandardErrIsDisplayed())
    Settings.Progress = ProgressStyle::Terminal;
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

/// A file for which no check is enabled would be "analysed" into a clean,
/// silent run: refuse it (status 2) unless --allow-no-checks, which skips it.
llvm::Error dropFilesWithoutChecks(Configuration &Config,
                                   const CommandLine &Args,
                                   std::vector<std::string> &Files) {
  // Asked once per distinct Checks value, not once per file.
  llvm::StringMap<bool> HasChecks;
  std::vector<std::string> Kept;
  for (const std::string &File : Files) {
    llvm::SmallString<256> Absolute(File);
    llvm::sys::fs::make_absolute(Absolute);
    ClangTidyOptions Options = Config.Settings->getOptions(Absolute);
    std::string Checks = Options.Checks.value_or("");
    auto [It, Inserted] = HasChecks.try_emplace(Checks, false);
    if (Inserted)
      It->second = enablesSomeCheck(Options);
    if (It->second) {
      Kept.push_back(File);
      continue;
    }
    if (!Args.AllowNoChecks)
      return makeError("no check is enabled for '" + File + "' (Checks: '" +
                       Checks +
                       "'); add --checks=port-* or add port-* to "
                       "the Checks of its .clang-tidy");
  }
  Files = std::move(Kept);
  return llvm::Error::success();
}

/// Replaces each named header that the compilation database does not list
/// by the database's translation units that include it (HeaderIncluders.h).
/// A header no unit includes is analysed on its own, as clang-tidy would,
/// when it was named; a staged one is left out (\p Staged), as it was before
/// headers were staged: many do not compile on their own. Returns the units
/// that were added only for a header.
llvm::StringSet<> analyseHeadersThroughIncluders(Compilation &Work,
                                                 bool Staged) {
  llvm::StringSet<> IncludersOnly;
  if (Work.FilesFromDatabase)
    return IncludersOnly;
  std::vector<std::string> Units = Work.Unadjusted->getAllFiles();
  if (Units.empty() && Staged)
    llvm::erase_if(Work.Files,
                   [](const std::string &File) { return isHeaderName(File); });
  if (Units.empty())
    return IncludersOnly;
  llvm::StringSet<> Listed, Named;
  for (const std::string &Unit : Units)
    Listed.insert(SourceRoot::absolute(Unit));
  for (const std::string &File : Work.Files)
    Named.insert(SourceRoot::absolute(File));

  std::vector<std::string> Files;
  llvm::StringSet<> Added;
  auto Add = [&](const std::string &File) {
    if (Added.insert(SourceRoot::absolute(File)).second)
      Files.push_back(File);
  };
  for (const std::string &File : Work.Files) {
    std::string Absolute = SourceRoot::absolute(File);
    if (!isHeaderName(File) || Listed.contains(Absolute)) {
      Add(File);
      continue;
    }
    std::vector<std::string> Includers =
        unitsIncluding(Absolute, Units, SourceRoot::discover(Absolute).path());
    if (Includers.empty() && !Staged)
      Add(File);
    for (const std::string &Unit : Includers) {
      Add(Unit);
      if (!Named.contains(SourceRoot::absolute(Unit)))
        IncludersOnly.insert(SourceRoot::absolute(Unit));
    }
  }
  Work.Files = std::move(Files);
  return IncludersOnly;
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
  if (Args->VerifyConfig || Args->ExplainConfig)
    return lookAtConfiguration(*Args, *Config);

  std::optional<Shard> Part;
  if (!Args->Shard.empty()) {
    llvm::Expected<Shard> Parsed = Shard::parse(Args->Shard);
    if (!Parsed)
      return failWith(Parsed.takeError());
    Part = *Parsed;
  }

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
        if (isTranslationUnitName(File) || isHeaderName(File))
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
  // Headers are analysed through the translation units including them.
  llvm::StringSet<> IncludersOnly =
      analyseHeadersThroughIncluders(*Work, StagedFilesOnly);
  if (Work->Files.empty()) {
    if (!Args->Quiet)
      printInfo("no staged C or C++ source files to analyse");
    return ExitClean;
  }
  if (StagedFilesOnly && Work->FilesFromDatabase) {
    llvm::StringSet<> BehindStagedHeaders;
    for (const std::string &File : Changed->files())
      if (isHeaderName(File))
        for (const std::string &Unit : unitsIncluding(
                 File, Work->Files, SourceRoot::discover(File).path()))
          BehindStagedHeaders.insert(Unit);
    llvm::erase_if(Work->Files, [&](const std::string &File) {
      if (BehindStagedHeaders.contains(File))
        return false;
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
  if (Part) {
    std::string Root = Args->SourceRoot.empty()
                           ? SourceRoot::discover(Work->Files.front()).path()
                           : SourceRoot::absolute(Args->SourceRoot);
    Work->Files = Part->select(Work->Files, Root);
    if (Work->Files.empty()) {
      if (!Args->Quiet)
        printInfo("shard " + Args->Shard + " has no files to analyse");
      return ExitClean;
    }
  }
  if (llvm::Error Err = dropFilesWithoutChecks(*Config, *Args, Work->Files))
    return failWith(std::move(Err));
  if (Work->Files.empty()) {
    if (!Args->Quiet)
      printInfo("no file has an enabled check (--allow-no-checks)");
    return ExitClean;
  }
  std::optional<LineFilter> Lines;
  if (!Args->LineFilter.empty()) {
    llvm::Expected<LineFilter> Parsed = LineFilter::parse(Args->LineFilter);
    if (!Parsed)
      return failWith(Parsed.takeError());
    Lines = std::move(*Parsed);
  }
  // --format, --output and the baseline options, checked before analysis.
  llvm::Expected<ReportOutput> Output = ReportOutput::open(*Args, Work->Files);
  if (!Output)
    return failWith(Output.takeError());

  // A bad export path fails now, not after a (possibly long) run.
  llvm::SmallString<256> ExportPath(Args->ExportFixes);
  if (!ExportPath.empty()) {
    llvm::sys::fs::make_absolute(ExportPath);
    if (llvm::Error Err = checkWritable(ExportPath))
      return failWith(makeError("cannot write '" + Args->ExportFixes +
                                "': " + llvm::toString(std::move(Err))));
  }

  // Inline assembly is parsed with LLVM's target parsers, as in clang-tidy.
  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmParsers();

  llvm::Expected<FileSystemPtr> FileSystem = makeFileSystem(*Args);
  if (!FileSystem)
    return failWith(FileSystem.takeError());
  FileSystemPtr FS = std::move(*FileSystem);
  std::shared_ptr<std::vector<std::string>> BrokenConfigFiles =
      Config->FileProblems;
  ContextFactory NewContext = withCheckProfile(
      makeContextFactory(std::move(Config->Provider)), *Args);

  // 1. Analyse every TU (cache, in process, or -j workers): one merged,
  //    deduplicated, sorted list.
  RunSummary Summary =
      analyseAll(NewContext, *Work,
                 analysisSettingsFor(*Args, llvm::ArrayRef(Argv, Argc)), FS);
  std::vector<Finding> &Findings = Summary.Findings;

  // 2. Filters: each narrows this one list, in order. What is left is all
  //    that any format renders, that fixes come from and that the exit
  //    status counts (FindingFilters.h).
  bool Complete = Summary.FailedFiles == 0;
  HeaderScope Headers(*Config->Settings, Output->root().path(), Work->Files);
  Summary.Stats.ErrorsIgnoredNonUserCode +=
      keepOnly(Findings, [&](const Finding &F) { return Headers.keeps(F); });
  if (!Headers.problem().empty())
    return failWith(makeError(Headers.problem()));

  // A translation unit analysed only for a header it includes reports that
  // header, not its own findings.
  keepOnly(Findings, [&](const Finding &F) {
    return !IncludersOnly.contains(primaryPath(F));
  });

  // The baseline hides the findings it records (and is written or pruned).
  // It sees every finding in scope, or it would call the entries on
  // unchanged lines stale.
  if (llvm::Error Err = Output->hideBaselined(Findings, Complete))
    return failWith(std::move(Err));

  if (Changed) {
    SourceFiles Texts;
    size_t Hidden = keepOnly(Findings, [&](const Finding &F) {
      return !keepChangedLines(llvm::ArrayRef<Finding>(F), *Changed, Texts)
                  .empty();
    });
    if (Hidden && !Args->Quiet)
      printInfo(llvm::Twine(Hidden) + " finding" + (Hidden == 1 ? "" : "s") +
                " on unchanged lines not shown (" +
                (Args->Staged ? "--staged" : "--diff") + ")");
  }
  if (Lines) {
    size_t Hidden =
        keepOnly(Findings, [&](const Finding &F) { return Lines->keeps(F); });
    if (Hidden && !Args->Quiet)
      printInfo(llvm::Twine(Hidden) + " finding" + (Hidden == 1 ? "" : "s") +
                " outside --line-filter not shown");
  }

  // 3. Render, 4. apply fixes. clang-tidy's text format notes each fix it
  //    applies ("FIX-IT applied suggested code changes"), so for text both
  //    happen in one pass, with the configuration of the first file.
  std::unique_ptr<ClangTidyContext> RenderContext = NewContext();
  RenderContext->setCurrentFile(Work->Files.front());
  unsigned FilesNotFixed = 0;
  if (llvm::Error Err = Output->render(Findings, Complete, [&] {
        FilesNotFixed = printAndFix(errorsOf(Findings), *RenderContext,
                                    fixModeFor(*Args), FS, Summary.Read);
      }))
    return failWith(std::move(Err));

  printProblems(Summary);

  // 5. Export what was reported.
  if (!ExportPath.empty()) {
    llvm::SmallString<256> MainFile(Work->Files.front());
    llvm::sys::fs::make_absolute(MainFile);
    std::string Exported;
    llvm::raw_string_ostream Out(Exported);
    exportFixes(MainFile, errorsOf(Findings), Out);
    if (llvm::Error Err =
            writeFileAtomically(ExportPath, Exported, /*Durable=*/false))
      return failWith(makeError("cannot write '" + Args->ExportFixes +
                                "': " + llvm::toString(std::move(Err))));
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
