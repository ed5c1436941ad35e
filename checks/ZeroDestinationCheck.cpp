#include "ZeroDestinationCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::port {

ZeroDestinationCheck::ZeroDestinationCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context) {}

void ZeroDestinationCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {}

void ZeroDestinationCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(callee(functionDecl(hasName("connect")))).bind("call"), this);
}

void ZeroDestinationCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  diag(Call->getBeginLoc(), "connect() to port 0 always fails; port 0 cannot be a destination");
}

} // namespace clang::tidy::port
