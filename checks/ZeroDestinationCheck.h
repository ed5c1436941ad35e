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
  /// Why a call that connects or sends to port 0 is a mistake.
  struct Verdict {
    /// A datagram connect() to port 0 on a socket that then sends there.
    const SocketUse *Send = nullptr;
  };
  std::optional<Verdict> judge(const CallFacts &Facts,
                               const FunctionFacts &InFunction) const;
  /// True if a helper's socket call is a finding inside the helper already,
  /// whatever its callers do: it is reported there, once.
  bool reportedInHelper(const CallFacts &Facts, ASTContext &Ctx) const;
  void reportZeroPort(const CallFacts &Call);
  void reportZeroRouteThenSend(const CallFacts &Call, const SocketUse &Send);

  /// `name:address[:socket]` entries, `;`-separated, 0-based indices.
  const std::string ExtraFunctions;
  std::shared_ptr<SocketAnalysis> Analysis;
  std::shared_ptr<EnclosingCallable> Enclosing;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ZERODESTINATIONCHECK_H
