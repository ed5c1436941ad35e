//===--- ProbeRaceCheck.h - port-probe-race ---------------------*- C++ -*-===//

#ifndef PORTTIDY_PROBERACECHECK_H
#define PORTTIDY_PROBERACECHECK_H

#include "EnclosingCallable.h"
#include "analysis/SocketAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::port {

/// Flags the close of a "free port" probe socket: bound to port 0, its port
/// read and handed on, then closed, so that another process may take the port
/// before it is bound again.
class ProbeRaceCheck : public ClangTidyCheck {
public:
  ProbeRaceCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context), Analysis(SocketAnalysis::shared({})) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Analysis->reset(); }

private:
  std::shared_ptr<SocketAnalysis> Analysis;
  std::shared_ptr<EnclosingCallable> Enclosing;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_PROBERACECHECK_H
