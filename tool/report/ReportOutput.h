//===--- ReportOutput.h - the output stage of a run -------------*- C++ -*-===//
//
// After analysis: hide what the baseline records (and keep the baseline file
// up to date), render the final list of findings in the chosen format to
// --output or stdout, and let the caller apply fixes. Everything that can fail
// for a bad argument (the format, the output path, the baseline) is checked in
// open(), before the analysis starts.
//
// report/ is what happens to the one list of findings: what a finding is
// (Findings, FindingIdentity for baselines), the filters that narrow it
// (FindingFilters, HeaderScope, ChangedLines, Baseline), the formats that
// render it (Report*, with ReportRules built from docs/checks/), and the
// fixes applied from it (FixReporter, through SafeFileWriter, which writes
// every file porttidy changes whole or not at all).
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_REPORTOUTPUT_H
#define PORTTIDY_TOOL_REPORTOUTPUT_H

#include "Baseline.h"
#include "Report.h"
#include "cli/CommandLine.h"
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
  /// run: a partial one would drop entries). One filter of the pipeline
  /// (FindingFilters.h).
  llvm::Error hideBaselined(std::vector<Finding> &Findings, bool Complete);

  /// Writes the report of \p Findings, the list every filter has narrowed:
  /// nothing else is rendered. \p PrintAndFix prints that same list in
  /// clang-tidy's text format on stdout and applies the fixes the user asked
  /// for: for text it prints to the output; for the other formats its
  /// printing is discarded.
  llvm::Error render(llvm::ArrayRef<Finding> Findings, bool Complete,
                     llvm::function_ref<void()> PrintAndFix);

  /// Where report paths are relative to.
  const SourceRoot &root() const { return Root; }

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
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_REPORTOUTPUT_H
