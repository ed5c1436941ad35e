//===--- FunctionTrackingVisitor.h - a visitor that knows its function -*- C++ -*-===//
//
// Walks over the translation unit that remember, for each node, the function
// or lambda whose body holds it: the caller of a call, the function of a
// store.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_FUNCTIONTRACKINGVISITOR_H
#define PORTTIDY_ANALYSIS_FUNCTIONTRACKINGVISITOR_H

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::port {

template <typename Derived>
class FunctionTrackingVisitor : public RecursiveASTVisitor<Derived> {
  using Base = RecursiveASTVisitor<Derived>;

public:
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    const auto *Function = dyn_cast_or_null<FunctionDecl>(D);
    if (!Function || !Function->doesThisDeclarationHaveABody())
      return Base::TraverseDecl(D);
    return inside(Function, [&] { return Base::TraverseDecl(D); });
  }

  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    return inside(Lambda->getCallOperator(),
                  [&] { return Base::TraverseLambdaExpr(Lambda); });
  }

protected:
  /// The function or lambda around the node being visited; null outside.
  const FunctionDecl *Enclosing = nullptr;

private:
  template <typename Walk> bool inside(const FunctionDecl *Function, Walk W) {
    const FunctionDecl *Outer = Enclosing;
    Enclosing = Function;
    bool Result = W();
    Enclosing = Outer;
    return Result;
  }
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_FUNCTIONTRACKINGVISITOR_H
