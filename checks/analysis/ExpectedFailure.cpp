//===--- ExpectedFailure.cpp - calls a test asserts to fail ---------------===//

#include "ExpectedFailure.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::port {
namespace {

/// The first parent of `S` that is not a paren, cast or cleanup around it.
const Stmt *parentThroughWrappers(const Stmt *S, const BodyParents &Parents) {
  const Stmt *Parent = Parents.parentOf(S);
  while (Parent && (isa<ParenExpr>(Parent) || isa<CastExpr>(Parent) ||
                    isa<ExprWithCleanups>(Parent) ||
                    isa<MaterializeTemporaryExpr>(Parent) ||
                    isa<CXXBindTemporaryExpr>(Parent)))
    Parent = Parents.parentOf(Parent);
  return Parent;
}

/// True if `Value` is negated and the negation handed to a call.
bool negatedIntoCall(const Stmt *Value, const BodyParents &Parents) {
  const auto *Not = dyn_cast_or_null<UnaryOperator>(parentThroughWrappers(Value, Parents));
  if (!Not || Not->getOpcode() != UO_LNot)
    return false;
  const Stmt *User = parentThroughWrappers(Not, Parents);
  return User && (isa<CallExpr>(User) || isa<CXXConstructExpr>(User));
}

/// Finds `!Var` handed to a call.
class NegatedUse : public RecursiveASTVisitor<NegatedUse> {
public:
  NegatedUse(const VarDecl *Var, const BodyParents &Parents)
      : Var(Var), Parents(Parents) {}
  bool Found = false;

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl() == Var && negatedIntoCall(Ref, Parents))
      Found = true;
    return !Found;
  }

private:
  const VarDecl *Var;
  const BodyParents &Parents;
};

} // namespace

bool isAssertedToFail(const CallExpr *Call, const Stmt *Body,
                      const BodyParents &Parents) {
  if (!Call->getType()->isBooleanType())
    return false;
  if (negatedIntoCall(Call, Parents))
    return true;
  // `bool ok = server.listen(); QVERIFY(!ok);`
  const auto *Decl = dyn_cast_or_null<DeclStmt>(parentThroughWrappers(Call, Parents));
  const auto *Var =
      Decl && Decl->isSingleDecl() ? dyn_cast<VarDecl>(Decl->getSingleDecl()) : nullptr;
  if (!Var || !Var->getType()->isBooleanType() || !Body)
    return false;
  NegatedUse Use(Var, Parents);
  Use.TraverseStmt(const_cast<Stmt *>(Body));
  return Use.Found;
}

} // namespace clang::tidy::port
