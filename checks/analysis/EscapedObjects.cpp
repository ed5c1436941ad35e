//===--- EscapedObjects.cpp - address objects whose address leaks ---------===//

#include "EscapedObjects.h"
#include "AddressTypes.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::port {
namespace {

bool isTrackedObjectType(QualType Type) {
  if (const auto *Array = Type->getAsArrayTypeUnsafe())
    Type = Array->getElementType();
  return isSocketAddressType(Type) || isAsioEndpointType(Type) ||
         isMessageHeaderType(Type);
}

const VarDecl *localVar(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->hasLocalStorage() ? Var : nullptr;
}

bool isLocalPointer(const VarDecl *Var) {
  return Var && Var->hasLocalStorage() && Var->getType()->isPointerType();
}

bool isMessageNameMember(const Expr *E) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenCasts());
  if (!Member)
    return false;
  QualType Header = Member->getBase()->getType();
  if (Member->isArrow() && Header->isPointerType())
    Header = Header->getPointeeType();
  // msghdr::msg_name, or WSAMSG::name (whose `name` is too common a field
  // name to count in any other struct).
  return Member->getMemberDecl()->getName() == "msg_name" ||
         isMessageNameFieldName(Header, Member->getMemberDecl()->getName());
}

/// Collects how each local object and pointer is used.
class UseCollector : public RecursiveASTVisitor<UseCollector> {
public:
  explicit UseCollector(const Stmt *Body) : Parents(const_cast<Stmt *>(Body)) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (const auto *Param = dyn_cast_or_null<ParmVarDecl>(Var);
        Param && isWritten(Ref))
      WrittenParameters.insert(Param);
    if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType())
      return true;
    if (isTrackedObjectType(Var->getType()))
      classify(Ref, Var, /*IsPointer=*/false);
    else if (Var->getType()->isPointerType())
      classify(Ref, Var, /*IsPointer=*/true);
    return true;
  }

  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCaptureKind() == LCK_ByRef)
        if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar()))
          Escaped.insert(Var);
    return true;
  }

  llvm::DenseSet<const VarDecl *> Escaped;
  /// Objects whose address is stored in each local pointer.
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<const VarDecl *, 2>> Aliases;
  /// Pointers copied into other pointers: (from, to).
  llvm::SmallVector<std::pair<const VarDecl *, const VarDecl *>> Copies;
  llvm::DenseSet<const VarDecl *> EscapedPointers;
  llvm::DenseSet<const ParmVarDecl *> WrittenParameters;

private:
  /// True if the variable `Ref` names is assigned, counted, or has its
  /// address taken or a reference bound to it there.
  bool isWritten(const DeclRefExpr *Ref) {
    const Stmt *Child = Ref;
    const Stmt *Parent = Parents.getParent(Child);
    while (Parent && isa<ParenExpr>(Parent)) {
      Child = Parent;
      Parent = Parents.getParent(Child);
    }
    if (const auto *Op = dyn_cast_or_null<BinaryOperator>(Parent))
      return Op->isAssignmentOp() && Op->getLHS() == Child;
    if (const auto *Op = dyn_cast_or_null<UnaryOperator>(Parent))
      return Op->isIncrementDecrementOp() || Op->getOpcode() == UO_AddrOf;
    if (const auto *Declaration = dyn_cast_or_null<DeclStmt>(Parent))
      return llvm::any_of(Declaration->decls(), [](const clang::Decl *D) {
        const auto *Var = dyn_cast<VarDecl>(D);
        return Var && Var->getType()->isReferenceType();
      });
    return false;
  }

  /// Climbs from a use through projections (casts, member access, &, *,
  /// indexing) to what consumes it, and decides whether the address leaks.
  void classify(const Expr *Use, const VarDecl *Var, bool IsPointer) {
    const Stmt *Child = Use;
    const Stmt *Parent = Parents.getParent(Child);
    bool Read = false; // the object's value (not its address) is consumed
    while (Parent) {
      if (const auto *Cast = dyn_cast<CastExpr>(Parent)) {
        if (Cast->getCastKind() == CK_LValueToRValue) {
          if (!IsPointer)
            return; // a copy of the value
          Read = true;
        }
      } else if (const auto *Member = dyn_cast<MemberExpr>(Parent)) {
        // `p->x` reads through the pointer; `sa.sin_port` is a sub-object.
        if (IsPointer && Member->isArrow())
          return;
      } else if (const auto *Op = dyn_cast<UnaryOperator>(Parent)) {
        if (Op->getOpcode() == UO_Deref && IsPointer)
          return;
        if (Op->getOpcode() != UO_AddrOf && Op->getOpcode() != UO_Deref)
          return; // ++, --, !, -: a write or a read, not a leak
      } else if (const auto *List = dyn_cast<InitListExpr>(Parent);
                 List && isTransparentUnion(List->getType())) {
        // glibc's `__CONST_SOCKADDR_ARG` wrapper around a call argument.
      } else if (!isa<ParenExpr>(Parent) && !isa<ArraySubscriptExpr>(Parent) &&
                 !isa<CompoundLiteralExpr>(Parent)) {
        break;
      }
      Child = Parent;
      Parent = Parents.getParent(Child);
    }
    // A pointer that is itself written or has its address taken leaks
    // nothing; only its value can carry an object's address away.
    if (IsPointer && !Read)
      return;
    if (!consumerKeepsTrack(Child, Parent, Var, IsPointer))
      (IsPointer ? EscapedPointers : Escaped).insert(Var);
  }

  bool consumerKeepsTrack(const Stmt *Child, const Stmt *Parent,
                          const VarDecl *Var, bool IsPointer) {
    if (!Parent || isa<CallExpr>(Parent) || isa<CXXConstructExpr>(Parent) ||
        isa<UnaryExprOrTypeTraitExpr>(Parent))
      return true;
    if (const auto *Op = dyn_cast<BinaryOperator>(Parent)) {
      if (Op->isComparisonOp() || Op->isLogicalOp())
        return true;
      if (!Op->isAssignmentOp() || Op->getLHS() == Child)
        return true; // written, or arithmetic on it
      if (isMessageNameMember(Op->getLHS()))
        return true;
      const VarDecl *Target = localVar(Op->getLHS());
      if (!isLocalPointer(Target))
        return false;
      recordAlias(Target, Var, IsPointer);
      return true;
    }
    if (const auto *Decl = dyn_cast<DeclStmt>(Parent)) {
      for (const auto *D : Decl->decls())
        if (const auto *Target = dyn_cast<VarDecl>(D))
          if (Target->getInit() == Child) {
            if (Target->getType()->isReferenceType())
              return false;
            if (isLocalPointer(Target))
              recordAlias(Target, Var, IsPointer);
            return !Target->isStaticLocal();
          }
      return true;
    }
    if (const auto *List = dyn_cast<InitListExpr>(Parent))
      return isMessageHeaderType(List->getType());
    // A pointer tested in a condition; anything else (return, a conditional
    // operator, a struct field) loses track of the address.
    return isa<IfStmt>(Parent) || isa<WhileStmt>(Parent) ||
           isa<ForStmt>(Parent) || isa<DoStmt>(Parent);
  }

  void recordAlias(const VarDecl *Pointer, const VarDecl *Source,
                   bool SourceIsPointer) {
    if (SourceIsPointer)
      Copies.push_back({Source, Pointer});
    else
      Aliases[Pointer].push_back(Source);
  }

  ParentMap Parents;
};

} // namespace

EscapedObjects findEscapedObjects(const Stmt *Body) {
  if (!Body)
    return {};
  UseCollector Collector(Body);
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  // Pointer copies widen alias sets until nothing changes.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (auto [From, To] : Collector.Copies)
      for (const VarDecl *Object : llvm::SmallVector<const VarDecl *, 2>(
               Collector.Aliases[From]))
        if (!llvm::is_contained(Collector.Aliases[To], Object)) {
          Collector.Aliases[To].push_back(Object);
          Changed = true;
        }
  }
  EscapedObjects Result;
  Result.Objects = std::move(Collector.Escaped);
  for (const VarDecl *Pointer : Collector.EscapedPointers)
    for (const VarDecl *Object : Collector.Aliases[Pointer])
      Result.Objects.insert(Object);
  Result.Pointers = std::move(Collector.EscapedPointers);
  Result.WrittenParameters = std::move(Collector.WrittenParameters);
  return Result;
}

} // namespace clang::tidy::port
