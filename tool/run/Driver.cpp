//===--- Driver.cpp - run every translation unit through the checks -------===//

#include "Driver.h"
#include "Interruption.h"
#include "Progress.h"
#include "ResultCache.h"
#include "WorkerDatabase.h"
#include "WorkerPool.h"
#include "cli/Messages.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/raw_ostream.h"
#include "report/FixReporter.h"
#include <optional>
#include <tuple>

namespace porttidy {

namespace {

bool hasFixIt(const Finding &F) {
  auto NonEmpty = [](const clang::tooling::DiagnosticMessage &Message) {
    return !Message.Fix.empty();
  };
  return NonEmpty(F.Error.Message) || llvm::any_of(F.Error.Notes, NonEmpty);
}

void dropFixIts(Finding &F) {
  F.Error.Message.Fix.clear();
  for (clang::tooling::DiagnosticMessage &Note : F.Error.Notes)
    Note.Fix.clear();
}

void reportCompileErrors(RunSummary &Summary, llvm::StringRef File,
                         unsigned Count, bool FixesWithheld) {
  Summary.Problems.push_back(
      {false, ("'" + File + "' has " + llvm::Twine(Count) + " compile error" +
               (Count == 1 ? "" : "s") +
               "; findings cover only the code that parsed")
                  .str()});
  // Fix-its computed on a broken AST may be wrong; clang-tidy withholds
  // them too.
  if (FixesWithheld)
    Summary.Problems.push_back(
        {true, ("fixes for '" + File +
                "' were not applied because it does not compile")
                   .str()});
}

/// clang's tooling aborts the whole process when a command's directory is
/// gone (a moved or deleted build tree); find that before it runs.
std::string
missingDirectory(const clang::tooling::CompilationDatabase &Database,
                 llvm::StringRef File) {
  for (const clang::tooling::CompileCommand &Command :
       commandsFor(Database, File))
    if (!Command.Directory.empty() &&
        !llvm::sys::fs::is_directory(Command.Directory))
      return Command.Directory;
  return "";
}

void addStats(clang::tidy::ClangTidyStats &Total,
              const clang::tidy::ClangTidyStats &File) {
  Total.ErrorsDisplayed += File.ErrorsDisplayed;
  Total.ErrorsIgnoredCheckFilter += File.ErrorsIgnoredCheckFilter;
  Total.ErrorsIgnoredNOLINT += File.ErrorsIgnoredNOLINT;
  Total.ErrorsIgnoredNonUserCode += File.ErrorsIgnoredNonUserCode;
  Total.ErrorsIgnoredLineFilter += File.ErrorsIgnoredLineFilter;
}

/// What became of one file of the compilation.
struct Outcome {
  enum { Pending, Missing, NoDirectory, Crashed, Done } State = Pending;
  std::optional<TUResult> Result;
  /// For NoDirectory: the directory the compile command wants.
  std::string Directory;
};

/// Folds one TU's result into the summary, in file order so that the
/// messages on stderr come out the same whatever finished first.
void addResult(RunSummary &Summary, llvm::StringRef File, TUResult Result,
               FixMode Mode, bool FixErrors) {
  unsigned CompileErrors = llvm::count_if(Result.Findings, [](const Finding &F) {
    return classify(F.Error) == DiagnosticKind::CompileError;
  });
  if (CompileErrors) {
    // --fix-errors: the user takes the risk of fixes on a partial AST.
    bool Withheld = !FixErrors && Mode != FixMode::None &&
                    llvm::any_of(Result.Findings, hasFixIt);
    if (!FixErrors)
      for (Finding &F : Result.Findings)
        dropFixIts(F);
    reportCompileErrors(Summary, File, CompileErrors, Withheld);
    ++Summary.FailedFiles;
  }
  addStats(Summary.Stats, Result.Stats);
  recordTextsRead(Summary.Read, Result.FilesRead);
  std::move(Result.Findings.begin(), Result.Findings.end(),
            std::back_inserter(Summary.Findings));
}

} // namespace

bool CrashedInProcess = false;

std::optional<TUResult> analyseInProcess(const ContextFactory &NewContext,
                                         const Compilation &Work,
                                         llvm::StringRef File, FixMode Mode,
                                         bool RecordFilesRead,
                                         FileSystemPtr FS) {
  // A crash in clang or in a check must not end porttidy by a signal: CI
  // reads the exit status. The stack is still dumped, for the bug report.
  std::unique_ptr<ClangTidyContext> Context = NewContext();
  llvm::CrashRecoveryContext::Enable();
  llvm::CrashRecoveryContext Recovery;
  Recovery.DumpStackAndCleanupOnFailure = true;
  TUResult Result;
  if (!Recovery.RunSafely([&] {
        Result = analyseFile(
            *Context, *Work.Database, File, std::move(FS),
            /*FixesFromNotes=*/Mode == FixMode::FindingsAndNotes,
            RecordFilesRead);
      })) {
    // Timers the crash left running would print a report at exit.
    llvm::TimerGroup::clearAll();
    CrashedInProcess = true;
    return std::nullopt;
  }
  return Result;
}

void sortAndDeduplicate(std::vector<Finding> &Findings) {
  auto Key = [](const Finding &F) {
    const clang::tooling::DiagnosticMessage &M = F.Error.Message;
    return std::tie(M.FilePath, M.FileOffset, F.Error.DiagnosticName,
                    M.Message);
  };
  std::stable_sort(Findings.begin(), Findings.end(),
                   [&](const Finding &A, const Finding &B) {
                     return Key(A) < Key(B);
                   });
  llvm::StringSet<> Seen;
  llvm::erase_if(Findings, [&](const Finding &F) {
    return !Seen.insert(identityOf(F.Error)).second;
  });
}

RunSummary analyseAll(const ContextFactory &NewContext, const Compilation &Work,
                      const AnalysisSettings &Settings, FileSystemPtr FS) {
  RunSummary Summary;
  const std::vector<std::string> &Files = Work.Files;
  std::vector<Outcome> Outcomes(Files.size());
  Progress Progress(Files.size(), Settings.Progress);

  std::optional<ResultCache> Cache;
  std::vector<std::string> CacheKeys(Files.size());
  std::unique_ptr<ClangTidyContext> KeyContext;
  if (!Settings.CacheDir.empty()) {
    Cache.emplace(Settings.CacheDir);
    KeyContext = NewContext();
  }

  std::vector<size_t> ToAnalyse;
  for (size_t I = 0; I < Files.size(); ++I) {
    // A stale database may list files that are gone; report, go on.
    if (Work.FilesFromDatabase && !llvm::sys::fs::exists(Files[I])) {
      Outcomes[I].State = Outcome::Missing;
      Progress.finished(Files[I]);
      continue;
    }
    std::string Gone = missingDirectory(*Work.Database, Files[I]);
    if (!Gone.empty()) {
      Outcomes[I].State = Outcome::NoDirectory;
      Outcomes[I].Directory = Gone;
      Progress.finished(Files[I]);
      continue;
    }
    if (Cache) {
      CacheKeys[I] = cacheKeyFor(Settings.CacheSalt, *KeyContext,
                                 *Work.Database, Files[I], Settings.Mode);
      if (std::optional<TUResult> Hit = Cache->lookup(CacheKeys[I])) {
        Outcomes[I] = {Outcome::Done, std::move(Hit), {}};
        ++Summary.CacheHits;
        Progress.finished(Files[I]);
        continue;
      }
      ++Summary.CacheMisses;
    }
    ToAnalyse.push_back(I);
  }

  auto Finished = [&](size_t I, std::optional<TUResult> Result) {
    Progress.finished(Files[I]);
    if (!Result) {
      Outcomes[I].State = Outcome::Crashed;
      return;
    }
    if (Cache)
      Cache->store(CacheKeys[I], *Result);
    Outcomes[I] = {Outcome::Done, std::move(Result), {}};
  };

  // One file needs no second process; several get one each, so a crash or
  // a huge TU costs only itself.
  if (ToAnalyse.size() <= 1 || Settings.WorkerCommand.empty()) {
    for (size_t I : ToAnalyse) {
      Finished(I, analyseInProcess(NewContext, Work, Files[I], Settings.Mode,
                                   /*RecordFilesRead=*/
                                   !Settings.CacheDir.empty() ||
                                       Settings.Mode != FixMode::None,
                                   FS));
      // The crashed analysis may have left shared state broken.
      if (Outcomes[I].State == Outcome::Crashed)
        break;
    }
  } else {
    // A signal stops the workers; their temporary files go before we exit.
    DeferInterrupts Deferred;
    std::vector<std::string> Batch;
    for (size_t I : ToAnalyse)
      Batch.push_back(Files[I]);
    // Only a JSON database is worth cutting down; compile_flags.txt is one
    // line, and the flags after `--` are on the worker's command line.
    std::optional<WorkerDatabases> PerFile;
    std::vector<std::string> Databases(Batch.size(), Work.DatabasePath);
    if (llvm::StringRef(Work.DatabasePath).ends_with(".json")) {
      PerFile.emplace(*Work.Unadjusted, Batch, Work.DatabasePath);
      Databases = PerFile->paths();
    }
    runInWorkers(Settings.WorkerCommand, Batch, Databases, Settings.Jobs,
                 [&](size_t InBatch, std::optional<TUResult> Result) {
                   Finished(ToAnalyse[InBatch], std::move(Result));
                 });
  }
  Progress.clear();

  for (size_t I = 0; I < Files.size(); ++I) {
    Outcome &O = Outcomes[I];
    switch (O.State) {
    case Outcome::Missing:
      Summary.Problems.push_back(
          {false, "no such file: '" + Files[I] +
                      "' (listed in the compilation database)"});
      ++Summary.FailedFiles;
      break;
    case Outcome::NoDirectory:
      Summary.Problems.push_back(
          {false, "cannot analyse '" + Files[I] +
                      "': its compile command runs in '" + O.Directory +
                      "', which does not exist"});
      ++Summary.FailedFiles;
      break;
    case Outcome::Crashed:
      Summary.Problems.push_back(
          {false, "crashed while analysing '" + Files[I] +
                      "'; this is a bug, please report it with the stack "
                      "dump above"});
      ++Summary.FailedFiles;
      break;
    case Outcome::Pending:
      // Not analysed: an earlier in-process crash stopped the run.
      ++Summary.FailedFiles;
      break;
    case Outcome::Done:
      addResult(Summary, Files[I], std::move(*O.Result), Settings.Mode,
                Settings.FixErrors);
      break;
    }
  }
  sortAndDeduplicate(Summary.Findings);
  return Summary;
}

void printProblems(const RunSummary &Summary) {
  llvm::outs().flush();
  for (const RunSummary::Problem &P : Summary.Problems) {
    if (P.IsNote)
      printNote(P.Text);
    else
      printError(P.Text);
  }
}

} // namespace porttidy
