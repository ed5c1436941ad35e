//===--- ZeroDestinationCheck.h - port-zero-destination ---------*- C++ -*-===//

#ifndef PORTTIDY_ZERODESTINATIONCHECK_H
#define PORTTIDY_ZERODESTINATIONCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::port {

/// Flags a connect or send whose destination port is certainly 0.
class ZeroDestinationCheck : public ClangTidyCheck {
public:
  ZeroDestinationCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ZERODESTINATIONCHECK_H
