//===--- PorttidyMain.cpp - the porttidy command --------------------------===//
//
// The order of a run: read the command line, load the configuration, refuse
// what cannot work (unknown checks, missing files, broken databases) before
// analysing anything, then analyse file by file and pick the exit code.
//
//===----------------------------------------------------------------------===//

#include "CheckSelection.h"
#include "CommandLine.h"
#include "CompilationSetup.h"
#include "Configuration.h"
#include "Driver.h"
#include "Messages.h"
#include "TidyRunner.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

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

} // namespace

int main(int Argc, const char **Argv) {
  llvm::InitLLVM Init(Argc, Argv);
  // A crash is porttidy's bug to fix (even when it happens inside clang).
  llvm::setBugReportMsg("PLEASE report this porttidy crash with the stack "
                        "dump below and the source file being analysed.\n");

  llvm::Expected<CommandLine> Args = parseCommandLine(Argc, Argv);
  if (!Args)
    return failWith(Args.takeError());

  llvm::Expected<Configuration> Config = loadConfiguration(*Args);
  if (!Config)
    return failWith(Config.takeError());
  if (Args->Checks)
    if (llvm::Error Err = validateCheckGlobs(*Args->Checks, registeredChecks()))
      return failWith(std::move(Err));

  if (Args->ListChecks || Args->DumpConfig)
    return showConfiguration(*Args, *Config);

  llvm::Expected<Compilation> Work = setUpCompilation(*Args);
  if (!Work)
    return failWith(Work.takeError());
  if (llvm::Error Err = checkConfigurationFor(*Config, Work->Files))
    return failWith(std::move(Err));

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
  RunSummary Summary =
      analyseAll(makeContextFactory(std::move(Config->Provider)), *Work,
                 fixModeFor(*Args), FS);

  if (Export) {
    llvm::SmallString<256> MainFile(Work->Files.front());
    llvm::sys::fs::make_absolute(MainFile);
    exportFixes(MainFile, Summary.Reported, *Export);
  }
  if (!Args->Quiet)
    printStatistics(Summary.Stats);

  // A header's .clang-tidy is only read when a finding lands there.
  for (const std::string &Problem : *BrokenConfigFiles)
    printError(Problem);
  if (Summary.ConfigProblems)
    printError("the checks rejected some of their options and ran with "
               "defaults instead (see the [clang-tidy-config] warnings)");
  if (Summary.FailedFiles || Summary.ConfigProblems ||
      !BrokenConfigFiles->empty())
    return ExitFailure;
  return Summary.Findings ? ExitFindings : ExitClean;
}
