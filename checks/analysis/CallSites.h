//===--- CallSites.h - where the translation unit calls each function -*- C++ -*-===//
//
// A function only this translation unit can call (`static`, or in an
// anonymous namespace) gets the facts of its parameters from its callers:
// the join of what every call site passes. That needs every call site, and
// the knowledge that the function is called in no other way (its address
// is never taken). One walk over the user's declarations answers both.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_CALLSITES_H
#define PORTTIDY_ANALYSIS_CALLSITES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>

namespace clang::tidy::port {

class CallSites {
public:
  struct Site {
    const CallExpr *Call;
    const FunctionDecl *Caller; ///< the function or lambda around the call
  };

  /// Every direct call of `Function` in the translation unit, or none when
  /// it may be called in other ways: it is visible to other translation
  /// units, its address is taken, or it is virtual.
  const std::vector<Site> *callersOf(const FunctionDecl *Function,
                                     ASTContext &Ctx);

  void reset() {
    Scanned = false;
    Sites.clear();
    AddressTaken.clear();
  }

private:
  void scan(ASTContext &Ctx);

  bool Scanned = false;
  llvm::DenseMap<const FunctionDecl *, std::vector<Site>> Sites;
  llvm::DenseSet<const FunctionDecl *> AddressTaken;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_CALLSITES_H
