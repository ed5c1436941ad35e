//===--- Driver.h - run every translation unit through the checks -*- C++ -*-===//
//
// Analyses every file of the compilation (from the result cache, in this
// process, or in worker processes with -j), then merges the per-TU results
// into one deduplicated, sorted list. Nothing is printed or fixed here
// except porttidy's own error lines: rendering and fixing happen once, after
// every TU was analysed on the unmodified sources.
//
// run/ turns the files to check into findings: which files, compiled how
// (CompilationSetup, FileSystemSetup, HeaderIncluders for headers, Shard),
// analysed where (TidyRunner and CheckConsumer in process, WorkerPool and
// Worker for -j, ResultCache to replay unchanged files), and what stops or
// shows a run (Interruption, Progress, CheckProfile). Its one product is the
// merged list of findings that report/ (ReportOutput.h) receives.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_DRIVER_H
#define PORTTIDY_TOOL_DRIVER_H

#include "CompilationSetup.h"
#include "Progress.h"
#include "TidyRunner.h"
#include "report/Findings.h"
#include <string>
#include <vector>

namespace porttidy {

struct AnalysisSettings {
  /// Fix-its on notes are only recorded when they will be applied.
  FixMode Mode = FixMode::None;
  /// `--fix-errors`: keep the fix-its of files that do not compile.
  bool FixErrors = false;
  /// Translation units analysed at once (worker processes).
  unsigned Jobs = 1;
  /// Where results are cached; empty: no cache.
  std::string CacheDir;
  /// What makes a cached result valid besides the sources: the tool's
  /// version and build, and the configuration. Filled by the caller.
  std::string CacheSalt;
  /// How `[3/80] file.c` is shown on stderr as TUs finish.
  ProgressStyle Progress = ProgressStyle::None;
  /// The command that re-runs this porttidy as a worker on one file (the
  /// file, the database and the result path are added); empty: analyse in
  /// process.
  std::vector<std::string> WorkerCommand;
};

struct RunSummary {
  /// Every diagnostic of every TU (findings, compile errors, configuration
  /// problems), each once however many TUs include its file, sorted by
  /// file, offset, check and message.
  std::vector<Finding> Findings;
  /// Files that were missing, did not compile, or crashed the analysis.
  unsigned FailedFiles = 0;
  /// Suppressed and displayed counts, summed over every TU.
  clang::tidy::ClangTidyStats Stats;
  unsigned CacheHits = 0;
  unsigned CacheMisses = 0;
  /// porttidy's own lines about files (compile errors, crashes, missing
  /// files), in file order, printed after the findings by printProblems.
  struct Problem {
    bool IsNote;
    std::string Text;
  };
  std::vector<Problem> Problems;
  /// The text each analysed TU read, for --fix to check that a file still
  /// holds it (recorded only when fixing or caching).
  TextsRead Read;
};

/// Prints \p Summary's problems on stderr (after flushing stdout, so a
/// terminal shows them below the findings).
void printProblems(const RunSummary &Summary);

/// The results of the files in \p Work, merged.
RunSummary analyseAll(const ContextFactory &NewContext, const Compilation &Work,
                      const AnalysisSettings &Settings, FileSystemPtr FS);

/// Analyses one file in this process; a crash comes back as std::nullopt
/// (after the stack was dumped) instead of ending the process.
std::optional<TUResult> analyseInProcess(const ContextFactory &NewContext,
                                         const Compilation &Work,
                                         llvm::StringRef File, FixMode Mode,
                                         bool RecordFilesRead,
                                         FileSystemPtr FS);

/// Set once analyseInProcess recovered from a crash: the crashed frames may
/// have left objects registered in LLVM's globals (timers) that would crash
/// again in its exit-time destructors, so the run must end with exitNow().
extern bool CrashedInProcess;

/// Sorts \p Findings and drops repeats (same identityOf), keeping the first.
void sortAndDeduplicate(std::vector<Finding> &Findings);

} // namespace porttidy

#endif // PORTTIDY_TOOL_DRIVER_H
