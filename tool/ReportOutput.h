//===--- ReportOutput.h - the output stage of a run -------------*- C++ -*-===//
//
// After analysis: hide what the baseline records (and keep the baseline file
// up to date), render the rest in the chosen format to --output or stdout,
// and let the caller apply fixes. Everything that can fail for a bad argument
// (the format, the output path, the baseline) is checked in open(), before
// the analysis starts.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_REPORTOUTPUT_H
#define PORTTIDY_TOOL_REPORTOUTPUT_H

#include "Baseline.h"
#include "CommandLine.h"
#include "Report.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>

namespace porttidy {

class ReportOutput {
public:
  /// Checks the output options of \p Args; \p Sources are the files the run
  /// will analyse (the first one decides the default source root).
  static llvm::Expected<ReportOutput> open(const CommandLine &Args,
                                           llvm::ArrayRef<std::string> Sources);

  /// Removes from \p Findings what the baseline hides, reports stale entries,
  /// and writes or prunes the baseline file when asked (only after a complete
  /// run: a partial one would drop entries). The rest are resolved for
  /// render().
  llvm::Error filter(std::vector<Finding> &Findings, bool Complete);

  /// Writes the report of the findings kept by filter(). \p PrintAndFix
  /// prints them in clang-tidy's text format on stdout and applies the fixes
  /// the user asked for: for text it prints to the output; for the other
  /// formats its printing is discarded.
  llvm::Error render(bool Complete, llvm::function_ref<void()> PrintAndFix);

private:
  ReportOutput(const CommandLine &Args, SourceRoot Root);

  ReportFormat Format = ReportFormat::Text;
  std::string OutputPath;
  std::string BaselinePath;
  std::string WriteBaselinePath;
  bool PruneBaseline = false;
  bool Quiet = false;
  SourceRoot Root;
  std::vector<BaselineEntry> Baseline;
  std::vector<std::string> Sources;
  SourceFiles Files;
  std::vector<ReportItem> Items;
  std::vector<Finding> Kept;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_REPORTOUTPUT_H
