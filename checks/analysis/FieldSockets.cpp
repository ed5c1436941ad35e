//===--- FieldSockets.cpp - descriptors kept in struct fields -------------===//

#include "FieldSockets.h"
#include "IntegerFolding.h"
#include "SocketCreation.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::port {
namespace {

const FieldDecl *integerField(const Expr *E) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  const auto *Field =
      Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
  return Field && Field->getType()->isIntegerType() ? Field : nullptr;
}

/// Collects, per integer field, what every store into it agrees on.
class StoreCollector : public RecursiveASTVisitor<StoreCollector> {
public:
  StoreCollector(ASTContext &Ctx,
                 llvm::DenseMap<const FieldDecl *, SocketOrigin> &Origins)
      : Ctx(Ctx), Origins(Origins) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (!Op->isAssignmentOp())
      return true; // `fd < 0` reads the field
    if (const FieldDecl *Field = integerField(Op->getLHS()))
      Op->getOpcode() == BO_Assign ? store(Field, Op->getRHS())
                                   : spoil(Field); // `fd += 1`, `fd |= x`
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if (const FieldDecl *Field = integerField(Op->getSubExpr()))
      if (Op->getOpcode() == UO_AddrOf || Op->isIncrementDecrementOp())
        spoil(Field); // written through a pointer, or counted
    return true;
  }
  bool VisitInitListExpr(InitListExpr *List) {
    if (List->isSyntacticForm() && List->getSemanticForm())
      return true; // the semantic form is visited too
    const RecordDecl *Record = List->getType()->getAsRecordDecl();
    if (!Record || Record->isUnion() || !(Record = Record->getDefinition()))
      return true;
    // Base classes come first in the list: the indices are not the fields'.
    if (const auto *Class = dyn_cast<CXXRecordDecl>(Record);
        Class && Class->getNumBases() > 0) {
      for (const FieldDecl *Field : Record->fields())
        spoil(Field);
      return true;
    }
    for (const FieldDecl *Field : Record->fields())
      if (Field->getType()->isIntegerType() &&
          Field->getFieldIndex() < List->getNumInits())
        store(Field, List->getInit(Field->getFieldIndex()));
    return true;
  }
  bool VisitCXXConstructorDecl(CXXConstructorDecl *Ctor) {
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (const FieldDecl *Field = Init->getMember();
          Field && Field->getType()->isIntegerType() && Init->isWritten())
        store(Field, Init->getInit());
    return true;
  }
  bool VisitFieldDecl(FieldDecl *Field) {
    if (Field->hasInClassInitializer() && Field->getInClassInitializer())
      store(Field, Field->getInClassInitializer());
    return true;
  }
  // A reference bound to the field (`int &fd = s.fd`) writes it unseen.
  bool VisitVarDecl(VarDecl *Var) {
    if (Var->getType()->isReferenceType() && Var->getInit())
      if (const FieldDecl *Field = integerField(Var->getInit()))
        spoil(Field);
    return true;
  }

private:
  void store(const FieldDecl *Field, const Expr *Value) {
    if (isa<ImplicitValueInitExpr>(Value))
      return;
    if (Value->isValueDependent() || Value->isTypeDependent()) {
      spoil(Field); // a template's store: its instantiations are seen too
      return;
    }
    // -1 or 0 before the socket is opened or after it is closed.
    if (foldInteger(Value, Ctx))
      return;
    const auto *Call = dyn_cast<CallExpr>(Value->IgnoreParenCasts());
    SocketOrigin Origin =
        Call ? originOfSocketCreation(Call, Ctx) : SocketOrigin();
    if (!Origin.Traced) {
      spoil(Field);
      return;
    }
    auto [It, First] = Origins.try_emplace(Field, Origin);
    if (!First)
      It->second = It->second.join(Origin);
  }
  void spoil(const FieldDecl *Field) { Origins[Field] = SocketOrigin(); }

  ASTContext &Ctx;
  llvm::DenseMap<const FieldDecl *, SocketOrigin> &Origins;
};

} // namespace

void FieldSockets::scan(ASTContext &Ctx) {
  StoreCollector(Ctx, Origins).TraverseAST(Ctx);
  Scanned = true;
}

SocketOrigin FieldSockets::originOf(const FieldDecl *Field, ASTContext &Ctx) {
  if (!Scanned)
    scan(Ctx);
  auto Found = Origins.find(Field->getCanonicalDecl());
  if (Found == Origins.end())
    Found = Origins.find(Field);
  return Found == Origins.end() ? SocketOrigin() : Found->second;
}

} // namespace clang::tidy::port
