//===--- Driver.h - run every file through the checks -----------*- C++ -*-===//
//
// One translation unit at a time: analyse, print, fix, count. Files are fixed
// as soon as they are analysed, so the next file that includes a fixed
// header parses the fixed text.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_DRIVER_H
#define PORTTIDY_TOOL_DRIVER_H

#include "CompilationSetup.h"
#include "TidyRunner.h"
#include <vector>

namespace porttidy {

struct RunSummary {
  /// Diagnostics from enabled checks (not compiler errors), each counted
  /// once even if several files include it.
  unsigned Findings = 0;
  /// Files that were missing, did not compile, or crashed the analysis.
  unsigned FailedFiles = 0;
  /// Check options the checks rejected (reported once each).
  unsigned ConfigProblems = 0;
  /// Everything printed, in order, for --export-fixes.
  std::vector<ClangTidyError> Reported;
  /// Suppressed and displayed counts, summed over every file.
  clang::tidy::ClangTidyStats Stats;
};

RunSummary analyseAll(const ContextFactory &NewContext, const Compilation &Work,
                      FixMode Mode, FileSystemPtr FS);

} // namespace porttidy

#endif // PORTTIDY_TOOL_DRIVER_H
