//===--- ReportRules.cpp - each check's documentation, built in -----------===//

#include "ReportRules.h"
#include "llvm/ADT/STLExtras.h"
#include <string>

namespace porttidy {

namespace {
const RuleDoc Docs[] = {
#include "ReportRulesData.inc"
};
} // namespace

const RuleDoc *findRuleDoc(llvm::StringRef Check) {
  const RuleDoc *Found = llvm::find_if(
      Docs, [&](const RuleDoc &Doc) { return Doc.Check == Check; });
  return Found == std::end(Docs) ? nullptr : Found;
}

std::string ruleHelpUri(llvm::StringRef Check) {
  if (findRuleDoc(Check))
    return PORTTIDY_HOMEPAGE_URL "/blob/main/docs/checks/" + Check.str() +
           ".md";
  // clang-tidy's own checks are documented upstream.
  return "https://clang.llvm.org/extra/clang-tidy/checks/list.html";
}

} // namespace porttidy
