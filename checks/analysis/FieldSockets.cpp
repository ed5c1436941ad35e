//===--- FieldSockets.cpp - descriptors kept in struct fields -------------===//

#include "FieldSockets.h"
#include "IntegerFolding.h"
#include "SocketCreation.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "FunctionTrackingVisitor.h"

namespace clang::tidy::port {
namespace {

const FieldDecl *integerField(const Expr *E) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  const auto *Field =
      Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
  return Field && Field->getType()->isIntegerType() ? Field : nullptr;
}

using StoreMap =
    llvm::DenseMap<const FieldDecl *, std::optional<std::vector<FieldSockets::Store>>>;

/// Collects, per integer field, every store into it.
class StoreCollector : public FunctionTrackingVisitor<StoreCollector> {
public:
  explicit StoreCollector(StoreMap &Stores) : Stores(Stores) {}

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
        store(Field, Init->getInit(), Ctor);
    return true;
  }
  bool VisitFieldDecl(FieldDecl *Field) {
    if (Field->hasInClassInitializer() && Field->getInClassInitializer())
      store(Field, Field->getInClassInitializer(), nullptr);
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
  void store(const FieldDecl *Field, const Expr *Value,
             const FunctionDecl *Function) {
    if (isa<ImplicitValueInitExpr>(Value))
      return;
    if (Value->isValueDependent() || Value->isTypeDependent()) {
      spoil(Field); // a template's store: its instantiations are seen too
      return;
    }
    std::optional<std::vector<FieldSockets::Store>> &Known =
        Stores.try_emplace(Field->getCanonicalDecl(),
                           std::vector<FieldSockets::Store>())
            .first->second;
    if (Known)
      Known->push_back({Value, Function ? Function : Enclosing});
  }
  void store(const FieldDecl *Field, const Expr *Value) {
    store(Field, Value, Enclosing);
  }
  void spoil(const FieldDecl *Field) {
    Stores[Field->getCanonicalDecl()] = std::nullopt;
  }

  StoreMap &Stores;
};

} // namespace

void FieldSockets::scan(ASTContext &Ctx) {
  StoreCollector(Stores).TraverseAST(Ctx);
  Scanned = true;
}

const std::vector<FieldSockets::Store> *
FieldSockets::storesInto(const FieldDecl *Field, ASTContext &Ctx) {
  if (!Scanned)
    scan(Ctx);
  auto Found = Stores.find(Field->getCanonicalDecl());
  static const std::vector<Store> None;
  if (Found == Stores.end())
    return &None;
  return Found->second ? &*Found->second : nullptr;
}

} // namespace clang::tidy::port
