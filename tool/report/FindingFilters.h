//===--- FindingFilters.h - narrow the one list of findings -----*- C++ -*-===//
//
// A run has one list of findings (Driver's merged, sorted, deduplicated
// list). Every filter narrows that list, in place and in order (header
// scope, baseline, changed lines, line filter); what is left is the only
// list any format renders, fixes are applied from and the exit status
// counts. No format sees another list.
//
// Filters act on findings only: compile errors and configuration problems
// always stay, since they say the analysis itself was incomplete.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_FINDINGFILTERS_H
#define PORTTIDY_TOOL_FINDINGFILTERS_H

#include "Findings.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace porttidy {

/// Removes from \p Findings the findings \p Keeps rejects (keeping the
/// order) and returns how many it removed.
size_t keepOnly(std::vector<Finding> &Findings,
                llvm::function_ref<bool(const Finding &)> Keeps);

/// `--line-filter`, with clang-tidy's meaning: a finding is kept when its
/// file's path ends with the `name` of an entry and its line lies in one of
/// that entry's `lines` ranges (an entry without `lines` keeps the whole
/// file); a file no entry names keeps nothing.
class LineFilter {
public:
  /// Parses clang-tidy's JSON; fails with a one-line message.
  static llvm::Expected<LineFilter> parse(llvm::StringRef Json);

  bool keeps(const Finding &F);

private:
  std::vector<clang::tidy::FileFilter> Files;
};

/// The absolute path of \p F's primary location, or empty when it has none.
std::string primaryPath(const Finding &F);

/// The 1-based line of \p F's primary location (0 if unknown).
unsigned primaryLine(const Finding &F);

} // namespace porttidy

#endif // PORTTIDY_TOOL_FINDINGFILTERS_H
