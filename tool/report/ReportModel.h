//===--- ReportModel.h - findings resolved for output -----------*- C++ -*-===//
//
// Every output format needs the same facts about a finding: lines and
// columns, repo-relative paths, notes, fix-its, its identity. They are worked
// out once here, from clang-tidy's structured errors (never from text), and
// the formats only arrange them.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_REPORTMODEL_H
#define PORTTIDY_TOOL_REPORTMODEL_H

#include "FindingIdentity.h"
#include "Findings.h"
#include "ReportSources.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>
#include <vector>

namespace porttidy {

struct ReportLocation {
  std::string AbsolutePath;
  /// Relative to the source root with `/` separators, or absolute when the
  /// file lies outside it.
  std::string Path;
  bool InRoot = false;
  /// Line 0 when the file could not be read.
  SourcePosition Start;
  /// Just past the flagged range, when the diagnostic has one.
  std::optional<SourcePosition> End;
  /// Start and End columns in UTF-16 code units, for SARIF.
  unsigned StartUtf16 = 0, EndUtf16 = 0;
};

struct ReportEdit {
  /// Start and End (always set) delimit the replaced bytes; equal for an
  /// insertion.
  ReportLocation Where;
  std::string Replacement;
};

struct ReportFix {
  /// The message of the finding or note that offers the fix.
  std::string Description;
  bool FromNote = false;
  std::vector<ReportEdit> Edits;
};

struct ReportNote {
  ReportLocation Where;
  std::string Message;
};

struct ReportItem {
  /// The finding this item was made from; valid while the list it was
  /// resolved from is unchanged.
  const Finding *Source = nullptr;
  DiagnosticKind Kind = DiagnosticKind::Finding;
  std::string Check;
  std::string Message;
  /// An error-level diagnostic (a compile error, or a finding promoted by
  /// WarningsAsErrors); otherwise a warning.
  bool IsError = false;
  ReportLocation Where;
  std::vector<ReportNote> Notes;
  std::vector<ReportFix> Fixes;
  FindingKey Key;
  std::string Fingerprint;
  /// GitHub's primaryLocationLineHash: a hash of the check and the flagged
  /// line's normalised text, `:` and its occurrence among equal hashes in the
  /// file (1-based).
  std::string LineHash;
};

/// Resolves \p Findings against the files on disk (read before any fix is
/// applied), in the report order: path, line, column, check, message.
std::vector<ReportItem> resolveFindings(llvm::ArrayRef<Finding> Findings,
                                        const SourceRoot &Root,
                                        SourceFiles &Files);

} // namespace porttidy

#endif // PORTTIDY_TOOL_REPORTMODEL_H
