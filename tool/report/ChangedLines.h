//===--- ChangedLines.h - the lines a change touched, from git --*- C++ -*-===//
//
// `--diff=REV` and `--staged` report only the findings a change introduced:
// whole translation units are still analysed (a finding needs the whole
// function), and afterwards every finding whose primary location is not on
// an added or changed line is dropped. The lines come from git itself
// (`git diff -U0`), so what counts as changed is what `git diff` shows.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_CHANGEDLINES_H
#define PORTTIDY_TOOL_CHANGEDLINES_H

#include "Findings.h"
#include "ReportSources.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace porttidy {

/// Which change to compare against.
struct ChangeSource {
  /// `git diff --cached`: what the next commit would add (the index against
  /// HEAD). Otherwise `git diff Revision`: the working tree against it, or
  /// whatever `Revision` selects (`main...HEAD` compares two commits).
  bool Staged = false;
  std::string Revision;
};

/// The added or changed lines of each file, keyed by real absolute path.
class ChangedLines {
public:
  /// Runs git in the current directory. Fails with a one-line message when
  /// git is missing, this is not a git work tree, or git rejects the
  /// revision.
  static llvm::Expected<ChangedLines> fromGit(const ChangeSource &Source);

  /// Parses `git diff -U0` output whose paths are relative to \p TopLevel.
  static ChangedLines fromDiff(llvm::StringRef Diff, llvm::StringRef TopLevel);

  /// Whether 1-based \p Line of \p Path (absolute, or relative to the current
  /// directory) was added or changed.
  bool contains(llvm::StringRef Path, unsigned Line) const;

  /// Whether any line of \p Path was added or changed.
  bool touches(llvm::StringRef Path) const;

  /// The existing files with at least one added or changed line, sorted.
  std::vector<std::string> files() const;

private:
  /// Sorted, unique 1-based line numbers.
  llvm::StringMap<std::vector<unsigned>> Lines;
};

/// The findings on changed lines, in their order. A finding counts by its
/// primary location only: one whose warning lies on an unchanged line stays
/// hidden even when one of its notes lies on a changed line (the change did
/// not add the flagged code; reporting it would surface old findings
/// whenever nearby code is edited). Compile errors and configuration problems
/// are always kept: they say the analysis itself was incomplete.
std::vector<Finding> keepChangedLines(llvm::ArrayRef<Finding> Findings,
                                      const ChangedLines &Changed,
                                      SourceFiles &Files);

/// Whether \p Path names a C or C++ translation unit by its extension
/// (headers are not: they are analysed through the files including them).
bool isTranslationUnitName(llvm::StringRef Path);

} // namespace porttidy

#endif // PORTTIDY_TOOL_CHANGEDLINES_H
