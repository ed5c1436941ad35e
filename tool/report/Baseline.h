//===--- Baseline.h - findings accepted for now -----------------*- C++ -*-===//
//
// A baseline lets a project adopt porttidy without fixing every old finding
// first: `--write-baseline` records the current findings, `--baseline` hides
// them in later runs, so only new findings fail the build. Entries are matched
// by FindingIdentity, never by line number.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_BASELINE_H
#define PORTTIDY_TOOL_BASELINE_H

#include "FindingIdentity.h"
#include "ReportModel.h"
#include "llvm/Support/Error.h"
#include <functional>
#include <string>
#include <vector>

namespace porttidy {

struct BaselineEntry {
  FindingKey Key;
  /// The finding's message when it was recorded: for the people reading
  /// the file, not used for matching.
  std::string Message;
};

/// The version written to, and the only one read from, baseline files.
constexpr int BaselineVersion = 1;

/// Reads a baseline file (format in docs/output.md).
llvm::Expected<std::vector<BaselineEntry>> readBaseline(llvm::StringRef Path);

/// Writes \p Entries sorted, so the file diffs well under version control.
llvm::Error writeBaseline(llvm::StringRef Path,
                          std::vector<BaselineEntry> Entries);

/// The baseline entries of the findings among \p Items.
std::vector<BaselineEntry> baselineEntriesOf(llvm::ArrayRef<ReportItem> Items);

struct BaselineMatch {
  /// Findings the baseline hides.
  unsigned Hidden = 0;
  /// Entries that matched a finding of this run.
  std::vector<BaselineEntry> Matched;
  /// Entries about analysed files that matched nothing: the finding was
  /// fixed, or its code changed.
  std::vector<BaselineEntry> Stale;
  /// Entries about files this run did not look at; kept as they are.
  std::vector<BaselineEntry> OutOfScope;
};

/// Removes from \p Items the findings \p Baseline records. An entry whose
/// path \p Analysed rejects is out of scope, neither matched nor stale.
BaselineMatch
applyBaseline(llvm::ArrayRef<BaselineEntry> Baseline,
              std::vector<ReportItem> &Items,
              const std::function<bool(llvm::StringRef Path)> &Analysed);

} // namespace porttidy

#endif // PORTTIDY_TOOL_BASELINE_H
