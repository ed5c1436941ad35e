//===--- ReportRules.cpp - each check's documentation, built in -----------===//

#include "ReportRules.h"
#include "llvm/ADT/STLExtras.h"

namespace porttidy {

namespace {
#include "ReportRulesData.inc"
} // namespace

llvm::StringRef homePageUrl() { return HomePage; }

const RuleDoc *findRuleDoc(llvm::StringRef Check) {
  const RuleDoc *Found = llvm::find_if(
      Docs, [&](const RuleDoc &Doc) { return Doc.Check == Check; });
  return Found == std::end(Docs) ? nullptr : Found;
}

llvm::StringRef ruleHelpUri(llvm::StringRef Check) {
  if (const RuleDoc *Doc = findRuleDoc(Check))
    return Doc->HelpUri;
  // clang-tidy's own checks are documented upstream.
  return "https://clang.llvm.org/extra/clang-tidy/checks/list.html";
}

} // namespace porttidy
