//===--- CalleeNames.h - calls to functions of given names ------*- C++ -*-===//
//
// Every call in the user's code is tried against each check's list of
// function names. `callee(functionDecl(hasAnyName(...)))` compares the
// callee's name with each entry in turn, through three layers of matchers;
// this asks one hash set.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_CALLEENAMES_H
#define PORTTIDY_CALLEENAMES_H

#include "clang/ASTMatchers/ASTMatchers.h"
#include "analysis/SocketAnalysis.h"
#include "llvm/ADT/StringSet.h"
#include <functional>
#include <memory>

namespace clang::tidy::port {

/// Unqualified function names: each matches a function or method of that
/// name in any namespace or class, as `hasAnyName` does for such names.
class CalleeNames {
public:
  /// With `Helper`, also every callee `Helper` accepts: a function defined
  /// here whose summary may make socket calls.
  explicit CalleeNames(
      llvm::ArrayRef<llvm::StringRef> Names,
      std::function<bool(const FunctionDecl *)> Helper = nullptr);
  bool contain(const Decl *Callee) const;

private:
  llvm::StringSet<> Names;
  std::function<bool(const FunctionDecl *)> Helper;
};

/// Matches a call whose callee is a function named in `Names`.
AST_MATCHER_P(CallExpr, calleeNamedIn, std::shared_ptr<const CalleeNames>,
              Names) {
  return Names->contain(Node.getCalleeDecl());
}

/// The matcher for calls to functions of the given unqualified names.
inline ast_matchers::internal::Matcher<CallExpr>
calleeNamed(llvm::ArrayRef<llvm::StringRef> Names) {
  return calleeNamedIn(std::make_shared<const CalleeNames>(Names));
}

/// The same, and calls to the functions this translation unit defines that
/// may touch sockets (see SocketRelevance), whose summaries may make these
/// calls on the caller's behalf.
inline ast_matchers::internal::Matcher<CallExpr>
calleeNamedOrHelper(llvm::ArrayRef<llvm::StringRef> Names,
                    std::shared_ptr<SocketAnalysis> Analysis) {
  return calleeNamedIn(std::make_shared<const CalleeNames>(
      Names, [Analysis](const FunctionDecl *Callee) {
        return Analysis->isHelper(Callee);
      }));
}

} // namespace clang::tidy::port

#endif // PORTTIDY_CALLEENAMES_H
