//===--- Driver.cpp - run every file through the checks -------------------===//

#include "Driver.h"
#include "Findings.h"
#include "Messages.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Timer.h"
#include <optional>

namespace porttidy {

namespace {

bool hasFixIt(const ClangTidyError &Error) {
  auto NonEmpty = [](const clang::tooling::DiagnosticMessage &Message) {
    return !Message.Fix.empty();
  };
  return NonEmpty(Error.Message) || llvm::any_of(Error.Notes, NonEmpty);
}

void reportCompileErrors(llvm::StringRef File, unsigned Count,
                         bool FixesWithheld) {
  printError("'" + File + "' has " + llvm::Twine(Count) + " compile error" +
             (Count == 1 ? "" : "s") +
             "; findings cover only the code that parsed");
  // Fix-its computed on a broken AST may be wrong; clang-tidy withholds
  // them too.
  if (FixesWithheld)
    printNote("fixes for '" + File +
              "' were not applied because it does not compile");
}

/// A crash in clang or in a check must not end porttidy by a signal: CI
/// reads the exit status. The stack is still dumped, for the bug report.
std::optional<std::vector<ClangTidyError>>
analyseSafely(ClangTidyContext &Context, const Compilation &Work,
              llvm::StringRef File, FileSystemPtr FS, bool FixesFromNotes) {
  llvm::CrashRecoveryContext::Enable();
  llvm::CrashRecoveryContext Recovery;
  Recovery.DumpStackAndCleanupOnFailure = true;
  std::vector<ClangTidyError> Errors;
  if (!Recovery.RunSafely([&] {
        Errors = analyseFile(Context, *Work.Database, File, std::move(FS),
                             FixesFromNotes);
      })) {
    // Timers the crash left running would print a report at exit.
    llvm::TimerGroup::clearAll();
    return std::nullopt;
  }
  return Errors;
}

} // namespace

namespace {
void addStats(clang::tidy::ClangTidyStats &Total,
              const clang::tidy::ClangTidyStats &File) {
  Total.ErrorsDisplayed += File.ErrorsDisplayed;
  Total.ErrorsIgnoredCheckFilter += File.ErrorsIgnoredCheckFilter;
  Total.ErrorsIgnoredNOLINT += File.ErrorsIgnoredNOLINT;
  Total.ErrorsIgnoredNonUserCode += File.ErrorsIgnoredNonUserCode;
  Total.ErrorsIgnoredLineFilter += File.ErrorsIgnoredLineFilter;
}
} // namespace

RunSummary analyseAll(const ContextFactory &NewContext, const Compilation &Work,
                      FixMode Mode, FileSystemPtr FS) {
  RunSummary Summary;
  llvm::StringSet<> AlreadyReported;
  for (const std::string &File : Work.Files) {
    // A stale database may list files that are gone; report, go on.
    if (Work.FilesFromDatabase && !llvm::sys::fs::exists(File)) {
      printError("no such file: '" + File +
                 "' (listed in the compilation database)");
      ++Summary.FailedFiles;
      continue;
    }

    std::unique_ptr<ClangTidyContext> FileContext = NewContext();
    ClangTidyContext &Context = *FileContext;
    std::optional<std::vector<ClangTidyError>> Analysed =
        analyseSafely(Context, Work, File, FS,
                      /*FixesFromNotes=*/Mode == FixMode::FindingsAndNotes);
    if (!Analysed) {
      // What the crash left behind (half-built ASTs, a dangling diagnostic
      // engine in the context) is not safe to run on; stop here.
      printError("crashed while analysing '" + File +
                 "'; this is a bug, please report it with the stack dump "
                 "above");
      ++Summary.FailedFiles;
      break;
    }
    std::vector<ClangTidyError> &Errors = *Analysed;
    unsigned CompileErrors = llvm::count_if(Errors, [](const auto &E) {
      return classify(E) == DiagnosticKind::CompileError;
    });

    std::vector<ClangTidyError> Fresh;
    for (ClangTidyError &Error : Errors)
      if (AlreadyReported.insert(identityOf(Error)).second)
        Fresh.push_back(std::move(Error));

    printAndFix(Fresh, Context, CompileErrors ? FixMode::None : Mode, FS);
    addStats(Summary.Stats, Context.getStats());
    for (const ClangTidyError &Error : Fresh) {
      DiagnosticKind Kind = classify(Error);
      Summary.Findings += Kind == DiagnosticKind::Finding;
      Summary.ConfigProblems += Kind == DiagnosticKind::ConfigProblem;
    }
    if (CompileErrors) {
      reportCompileErrors(File, CompileErrors,
                          Mode != FixMode::None &&
                              llvm::any_of(Fresh, hasFixIt));
      ++Summary.FailedFiles;
    }
    std::move(Fresh.begin(), Fresh.end(), std::back_inserter(Summary.Reported));
  }
  return Summary;
}

} // namespace porttidy
