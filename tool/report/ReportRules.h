//===--- ReportRules.h - each check's documentation, built in ---*- C++ -*-===//
//
// SARIF describes every rule (check) it reports on; the text comes from the
// check's page in docs/checks/, embedded at build time by ReportRules.py so
// the two cannot drift apart.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_REPORTRULES_H
#define PORTTIDY_TOOL_REPORTRULES_H

#include "llvm/ADT/StringRef.h"

namespace porttidy {

struct RuleDoc {
  llvm::StringRef Check;
  /// The page's first paragraph: one sentence saying what is flagged.
  llvm::StringRef Summary;
  /// The first two paragraphs: what is flagged and why it matters.
  llvm::StringRef Description;
  /// The whole page.
  llvm::StringRef Markdown;
  /// Where the page is published; empty when the build names no home page.
  llvm::StringRef HelpUri;
};

/// Where porttidy is published (CMake's PORTTIDY_HOMEPAGE_URL), or empty:
/// an address nobody gave is left out rather than made up.
llvm::StringRef homePageUrl();

/// The documentation of \p Check, or null when it has no page (a clang-tidy
/// check enabled beside ours).
const RuleDoc *findRuleDoc(llvm::StringRef Check);

/// Where the page of \p Check is published, or empty when it is not known.
llvm::StringRef ruleHelpUri(llvm::StringRef Check);

} // namespace porttidy

#endif // PORTTIDY_TOOL_REPORTRULES_H
