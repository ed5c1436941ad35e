//===--- ZeroDestinationCheck.h - port-zero-destination ---------*- C++ -*-===//

#ifndef PORTTIDY_ZERODESTINATIONCHECK_H
#define PORTTIDY_ZERODESTINATIONCHECK_H

#include "EnclosingCallable.h"
#include "analysis/SocketAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::port {

/// Flags a call that connects or sends to a destination whose port is
/// certainly 0.
class ZeroDestinationCheck : public ClangTidyCheck {
public:
  ZeroDestinationCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Analysis->reset(); }

private:
  /// Reports `Facts` if it sends or connects to port 0; true if it did.
  bool checkDestination(const CallFacts &Facts, const FunctionFacts &InFunction);
  void reportZeroPort(const CallFacts &Call);
  void reportZeroRouteThenSend(const CallFacts &Call, const SocketUse &Send);

  /// `name:address[:socket]` entries, `;`-separated, 0-based indices.
  const std::string ExtraFunctions;
  std::shared_ptr<SocketAnalysis> Analysis;
  std::shared_ptr<EnclosingCallable> Enclosing;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ZERODESTINATIONCHECK_H
