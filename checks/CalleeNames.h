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
#include "llvm/ADT/StringSet.h"
#include <memory>

namespace clang::tidy::port {

/// Unqualified function names: each matches a function or method of that
/// name in any namespace or class, as `hasAnyName` does for such names.
class CalleeNames {
public:
  explicit CalleeNames(llvm::ArrayRef<llvm::StringRef> Names);
  bool contain(const Decl *Callee) const;

private:
  llvm::StringSet<> Names;
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

} // namespace clang::tidy::port

#endif // PORTTIDY_CALLEENAMES_H
