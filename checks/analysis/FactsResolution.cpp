//===--- FactsResolution.cpp - places and values of expressions ------------===//

#include "FactsBuilder.h"
#include "AddressTypes.h"
#include "ByteOrder.h"
#include "ExprShapes.h"
#include "IntegerFolding.h"
#include "SocketCreation.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::port {

std::optional<Target> FactsBuilder::targetOfLValue(const Expr *E) const {
  E = E->IgnoreParens();
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    if (Cast->getCastKind() == CK_NoOp || Cast->getCastKind() == CK_LValueBitCast)
      return targetOfLValue(Cast->getSubExpr());
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var || !Var->hasLocalStorage())
      return std::nullopt;
    // A reference parameter names its caller's object, as a pointer
    // parameter names what it points to; a local reference is not followed.
    if (Var->getType()->isReferenceType() &&
        !(isa<ParmVarDecl>(Var) && Var->getDeclContext() == Function))
      return std::nullopt;
    return Target{Place{Var, {}}, AddressPart::Whole, false};
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    if (!Field)
      return std::nullopt;
    const Expr *Base = Member->getBase();
    if (isa<CXXThisExpr>(Base->IgnoreParenImpCasts()))
      return Target{Place{Field, {}}, AddressPart::Whole, false};
    std::optional<Target> Outer =
        Member->isArrow() ? targetOfPointer(Base) : targetOfLValue(Base);
    if (!Outer)
      return std::nullopt;
    if (Outer->Part != AddressPart::Whole)
      return Target{Outer->Where, AddressPart::Other, Outer->Weak};
    QualType BaseType = Base->getType();
    if (Member->isArrow() && BaseType->isPointerType())
      BaseType = BaseType->getPointeeType();
    if (isSocketAddressType(BaseType)) {
      // Union members (`u.in`) share the union's storage.
      if (isSocketAddressType(Field->getType()))
        return Outer;
      AddressPart Part = isPortFieldName(Field->getName()) ? AddressPart::Port
                         : isFamilyFieldName(Field->getName())
                             ? AddressPart::Family
                             : AddressPart::Other;
      return Target{Outer->Where, Part, Outer->Weak};
    }
    return Target{Outer->Where.child(Field), AddressPart::Whole, Outer->Weak};
  }
  if (const auto *Index = dyn_cast<ArraySubscriptExpr>(E)) {
    std::optional<Target> Array = targetOfPointer(Index->getBase());
    if (Array)
      Array->Weak = true;
    return Array;
  }
  if (const auto *Op = dyn_cast<UnaryOperator>(E))
    if (Op->getOpcode() == UO_Deref)
      return targetOfPointer(Op->getSubExpr());
  return std::nullopt;
}

std::optional<Target> FactsBuilder::targetOfArgument(const Expr *Arg,
                                                     QualType ParamType) const {
  if (ParamType->isReferenceType())
    return targetOfLValue(Arg);
  const Expr *Stripped = Arg->IgnoreParenCasts();
  if (Stripped->getType()->isPointerType() || Stripped->getType()->isArrayType())
    return targetOfPointer(Arg);
  return std::nullopt;
}

std::optional<Target> FactsBuilder::targetOfPointer(const Expr *E) const {
  E = E->IgnoreParenCasts();
  if (const auto *Op = dyn_cast<UnaryOperator>(E))
    if (Op->getOpcode() == UO_AddrOf)
      return targetOfLValue(Op->getSubExpr());
  // An array names its first element.
  if (E->getType()->isArrayType())
    return targetOfLValue(E);
  if (!E->getType()->isPointerType())
    return std::nullopt;
  // `port_of(&sa)` returning `&sa->sin_port`.
  if (std::optional<Target> Field = portFieldReturned(E))
    return Field;
  std::optional<Target> Pointer = targetOfLValue(E);
  if (!Pointer || Pointer->Part != AddressPart::Whole)
    return std::nullopt;
  auto Found = State.Pointers.find(Pointer->Where);
  if (Found != State.Pointers.end()) {
    if (Found->second.What == Pointee::Kind::Object)
      return Target{Found->second.Object, Found->second.Part, false};
    // A literal has no place of its own: writes through it are not followed
    // (and forget it, see havocMentioned).
    if (Found->second.What == Pointee::Kind::Null ||
        Found->second.What == Pointee::Kind::Literal)
      return std::nullopt;
  }
  // An unknown pointer: what it points to is named after the pointer, so
  // `conn->fd` is the same place wherever it is written.
  return Pointer;
}

Pointee FactsBuilder::pointeeOf(const Expr *E) const {
  if (E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return Pointee::null();
  const Expr *Stripped = E->IgnoreParenCasts();
  bool TakesAddress = Stripped->getType()->isArrayType() ||
                      (isa<UnaryOperator>(Stripped) &&
                       cast<UnaryOperator>(Stripped)->getOpcode() == UO_AddrOf);
  if (TakesAddress) {
    if (const auto *Op = dyn_cast<UnaryOperator>(Stripped))
      if (const auto *Literal =
              dyn_cast<CompoundLiteralExpr>(Op->getSubExpr()->IgnoreParens()))
        return Pointee::literal(Literal);
    std::optional<Target> T = targetOfPointer(Stripped);
    if (!T || T->Weak)
      return Pointee::unknown();
    // `&sa.sin_port`: a store through the pointer is a port store.
    if (T->Part == AddressPart::Whole || T->Part == AddressPart::Port)
      return Pointee::to(T->Where, T->Part);
    return Pointee::unknown();
  }
  if (std::optional<Target> Field = portFieldReturned(Stripped))
    return Pointee::to(Field->Where, AddressPart::Port);
  // Copying a pointer copies what it points to.
  std::optional<Target> Pointer = targetOfLValue(Stripped);
  if (!Pointer || Pointer->Part != AddressPart::Whole)
    return Pointee::unknown();
  auto Found = State.Pointers.find(Pointer->Where);
  if (Found != State.Pointers.end())
    return Found->second;
  // An unwritten pointer parameter points to its caller's object throughout.
  if (unwrittenParameter(Pointer->Where) && Stripped->getType()->isPointerType())
    return Pointee::to(Pointer->Where);
  return Pointee::unknown();
}

SocketOrigin FactsBuilder::originOf(const Expr *E) const {
  E = E->IgnoreParenCasts();
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    std::optional<SocketCall> Api = recognizeSocketCall(Call, Extras);
    if (!Api) {
      // A helper that returns a descriptor it created or was given.
      const FunctionSummary *Summary = summaryOf(Call);
      return Summary && Summary->Return.Socket
                 ? resolveOrigin(*Summary->Return.Socket, Call)
                 : SocketOrigin();
    }
    SocketOrigin Origin;
    if (Api->Role == SocketRole::Create) {
      Origin = originOfSocketCreation(
          Call, Ctx, [this](const Expr *Arg) { return integerValue(Arg); });
    } else if (Api->Role == SocketRole::Accept && Api->SocketExpr) {
      Origin.Traced = true;
      Origin.Creator = Call;
      Origin.Domain = originOf(Api->SocketExpr).Domain;
      Origin.Type = AbstractValue::known(SockStream, ValueOrigin::Assigned,
                                         Call->getBeginLoc());
    }
    return Origin;
  }
  std::optional<Target> T = targetOfLValue(E);
  if (!T || T->Part != AddressPart::Whole)
    return {};
  return storedOrigin(T->Where);
}

const ParmVarDecl *FactsBuilder::unwrittenParameter(const Place &Where) const {
  const auto *Param = dyn_cast_or_null<ParmVarDecl>(Where.Root);
  return Param && Where.Path.empty() && Param->getDeclContext() == Function &&
                 !Escapes.WrittenParameters.count(Param)
             ? Param
             : nullptr;
}

SocketOrigin FactsBuilder::storedOrigin(const Place &Where) const {
  auto Found = State.Sockets.find(Where);
  if (Found != State.Sockets.end())
    return Found->second;
  if (const ParmVarDecl *Param = unwrittenParameter(Where);
      Param && Param->getType()->isIntegerType())
    return SocketOrigin::parameter(Param->getFunctionScopeIndex());
  // Not set in this function: a field may hold one kind of socket in the
  // whole translation unit.
  const auto *Field = Where.Path.empty() ? dyn_cast<FieldDecl>(Where.Root)
                                         : Where.Path.back();
  return Field ? Unit.fieldOrigin(Field) : SocketOrigin();
}

AbstractValue FactsBuilder::integerValue(const Expr *E) const {
  if (std::optional<uint64_t> V = foldInteger(E, Ctx))
    return AbstractValue::known(*V, ValueOrigin::Assigned, E->getBeginLoc());
  if (AbstractValue Field = fieldValue(E); Field.isKnown())
    return Field;
  AbstractValue Symbolic = parameterValue(E);
  return Symbolic.isParameter() ? Symbolic
                                : AbstractValue::unknown(E->getBeginLoc());
}

AbstractValue FactsBuilder::fieldValue(const Expr *E) const {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  if (!Member)
    return AbstractValue::unknown();
  std::optional<Target> T = targetOfLValue(Member);
  if (!T || T->Part != AddressPart::Whole || T->Weak)
    return AbstractValue::unknown();
  auto Found = State.Values.find(T->Where);
  return Found != State.Values.end() ? Found->second : AbstractValue::unknown();
}

AbstractValue FactsBuilder::parameterValue(const Expr *E) const {
  // Only a variable can hold a parameter's value: no folding needed.
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  if (!Ref)
    return AbstractValue::unknown();
  if (std::optional<Target> T = targetOfLValue(Ref);
      T && T->Part == AddressPart::Whole && !T->Weak) {
    auto Found = State.Values.find(T->Where);
    if (Found != State.Values.end())
      return Found->second;
    if (const ParmVarDecl *Param = unwrittenParameter(T->Where))
      return AbstractValue::parameter(Param->getFunctionScopeIndex());
  }
  return AbstractValue::unknown();
}

AbstractValue FactsBuilder::valueOfPortStore(const Expr *Value,
                                             SourceLocation Loc) const {
  if (std::optional<uint64_t> V = foldPortStore(Value, Ctx))
    return AbstractValue::known(*V, ValueOrigin::Assigned, Loc);
  // `sa->sin_port = htons(port)` or `= port`: zero exactly when the caller
  // passes zero, whichever byte order it is in.
  const Expr *Stored = Value->IgnoreParenCasts();
  if (const auto *Call = dyn_cast<CallExpr>(Stored))
    if (classifyByteOrderCall(Call) == ByteOrderConversion::Short ||
        classifyByteOrderCall(Call) == ByteOrderConversion::Identity)
      Stored = Call->getArg(0)->IgnoreParenCasts();
  // The whole value did not fold, so neither does its operand: only a
  // parameter it may be is left to find.
  AbstractValue Integer = parameterValue(Stored);
  return Integer.isParameter() ? Integer : AbstractValue::unknown(Loc);
}

std::optional<Target> FactsBuilder::portFieldReturned(const Expr *E) const {
  const auto *Call = dyn_cast<CallExpr>(E->IgnoreParenCasts());
  const FunctionSummary *Summary = Call ? summaryOf(Call) : nullptr;
  if (!Summary || !Summary->Return.PortFieldOf)
    return std::nullopt;
  Subject Whose;
  Whose.Index = *Summary->Return.PortFieldOf;
  std::optional<Place> Where = placeAtCall(Whose, Call);
  if (!Where)
    return std::nullopt;
  return Target{*Where, AddressPart::Port, false};
}

std::optional<AddressValue>
FactsBuilder::valueOfLiteral(const Pointee &Points) const {
  if (Points.What != Pointee::Kind::Literal)
    return std::nullopt;
  QualType Type = Points.Literal->getType();
  if (!isSocketAddressType(Type))
    return std::nullopt;
  return valueOfInitializer(Points.Literal->getInitializer(), Type);
}

std::optional<Place> FactsBuilder::messageNamePlace(const Place &Header,
                                                    QualType Type) const {
  if (const ArrayType *Array = Type->getAsArrayTypeUnsafe())
    Type = Array->getElementType();
  if (const FieldDecl *Inner = fieldNamed(Type, "msg_hdr"))
    if (const FieldDecl *Name = messageNameField(Inner->getType()))
      return Header.child(Inner).child(Name);
  if (const FieldDecl *Name = messageNameField(Type))
    return Header.child(Name);
  return std::nullopt;
}

bool FactsBuilder::isEscaped(const Place &Where) const {
  if (Unfollowed.count(Where.Root))
    return true;
  const auto *Var = dyn_cast_or_null<VarDecl>(Where.Root);
  return Var && (Escapes.Objects.count(Var) ||
                 (isa<ParmVarDecl>(Var) && Escapes.Pointers.count(Var)));
}

AbstractValue FactsBuilder::valueOfField(const Expr *Init,
                                        bool IsPort) const {
  if (!Init || isa<ImplicitValueInitExpr>(Init))
    return AbstractValue::known(0, ValueOrigin::Initializer, {});
  std::optional<uint64_t> V =
      IsPort ? foldPortStore(Init, Ctx) : foldInteger(Init, Ctx);
  return V ? AbstractValue::known(*V, ValueOrigin::Initializer,
                                  Init->getBeginLoc())
           : AbstractValue::unknown(Init->getBeginLoc());
}

AddressValue FactsBuilder::valueOfInitList(const InitListExpr *List,
                                           QualType Type) const {
  AddressValue Result;
  const RecordDecl *Record = Type.getCanonicalType()->getAsRecordDecl();
  if (!Record || !(Record = Record->getDefinition()))
    return Result;
  if (List->isSyntacticForm() && List->getSemanticForm())
    List = List->getSemanticForm();

  if (Record->isUnion()) {
    const FieldDecl *Field = List->getInitializedFieldInUnion();
    const Expr *Init = List->getNumInits() ? List->getInit(0) : nullptr;
    if (!Field || !Init || isa<ImplicitValueInitExpr>(Init)) {
      Result.Port = Result.Family = valueOfField(nullptr);
      return Result;
    }
    if (const auto *Inner = dyn_cast<InitListExpr>(Init->IgnoreImplicit()))
      if (isSocketAddressType(Field->getType()))
        return valueOfInitList(Inner, Field->getType());
    return Result;
  }

  bool HasPortField = false, RestIsZero = true;
  unsigned Index = 0;
  for (const FieldDecl *Field : Record->fields()) {
    const Expr *Init =
        Index < List->getNumInits() ? List->getInit(Index) : nullptr;
    ++Index;
    bool IsPort = isPortFieldName(Field->getName());
    AbstractValue Value = valueOfField(Init, IsPort);
    if (IsPort) {
      HasPortField = true;
      Result.Port = Value;
      if (Init && !isa<ImplicitValueInitExpr>(Init))
        Result.PortStores.push_back(Init);
    } else if (isFamilyFieldName(Field->getName())) {
      Result.Family = Value;
    } else if (Init && !isa<ImplicitValueInitExpr>(Init)) {
      const auto *Nested = dyn_cast<InitListExpr>(Init->IgnoreImplicit());
      bool Zero = Nested ? llvm::all_of(Nested->inits(), [&](const Expr *E) {
        return isa<ImplicitValueInitExpr>(E) || foldInteger(E, Ctx) == 0u;
      }) : foldInteger(Init, Ctx) == 0u;
      RestIsZero &= Zero;
    }
  }
  // sockaddr_storage: the port lives in the zeroed padding.
  if (!HasPortField && RestIsZero)
    Result.Port = valueOfField(nullptr);
  return Result;
}

AbstractValue FactsBuilder::portOfEndpointConstruction(
    const CXXConstructExpr *Construct) const {
  SourceLocation Loc = Construct->getBeginLoc();
  if (Construct->getNumArgs() == 0)
    return AbstractValue::known(0, ValueOrigin::Constructed, Loc);
  if (Construct->getNumArgs() == 2) {
    std::optional<uint64_t> V = foldInteger(Construct->getArg(1), Ctx);
    return V ? AbstractValue::known(*V, ValueOrigin::Constructed,
                                    Construct->getArg(1)->getBeginLoc())
             : AbstractValue::unknown(Loc);
  }
  return AbstractValue::unknown(Loc);
}

AddressValue FactsBuilder::valueOfInitializer(const Expr *Init,
                                              QualType Type) const {
  AddressValue Result;
  Result.IsEndpoint = isAsioEndpointType(Type);
  const Expr *E = stripImplicit(Init);
  if (const auto *List = dyn_cast<InitListExpr>(E)) {
    AddressValue Value = valueOfInitList(List, Type);
    // Implicit zeros are reported at the initializer itself.
    for (AbstractValue *V : {&Value.Port, &Value.Family})
      if (V->isKnown() && V->location().isInvalid())
        *V = AbstractValue::known(V->value(), ValueOrigin::Initializer,
                                  Init->getBeginLoc());
    Value.IsEndpoint = Result.IsEndpoint;
    return Value;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Result.IsEndpoint && !Construct->getConstructor()->isCopyOrMoveConstructor()) {
      Result.Port = portOfEndpointConstruction(Construct);
      return Result;
    }
    if (Construct->getNumArgs() == 1)
      return valueOfInitializer(Construct->getArg(0), Type);
    if (Construct->requiresZeroInitialization())
      Result.Port = Result.Family =
          AbstractValue::known(0, ValueOrigin::Initializer, Init->getBeginLoc());
    return Result;
  }
  if (isa<CXXScalarValueInitExpr>(E) || isa<ImplicitValueInitExpr>(E)) {
    Result.Port = Result.Family =
        AbstractValue::known(0, ValueOrigin::Initializer, Init->getBeginLoc());
    return Result;
  }
  // `(struct sockaddr_in){.sin_family = AF_INET}`
  if (const auto *Literal = dyn_cast<CompoundLiteralExpr>(E))
    return valueOfInitializer(Literal->getInitializer(), Type);
  // A copy of a `static const` (or constexpr) template object.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && !Var->hasLocalStorage() && Var->getType().isConstQualified())
      if (const Expr *TemplateInit = Var->getAnyInitializer())
        return valueOfInitializer(TemplateInit, Type);
  // An address a helper returns.
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionSummary *Summary = summaryOf(Call);
        Summary && Summary->Return.Address) {
      AddressValue Value = resolveAddress(*Summary->Return.Address, nullptr, Call);
      Value.FilledBy = Call;
      Value.FilledAt = Summary->Return.AddressReturn;
      return Value;
    }
  // A copy of another tracked object.
  if (std::optional<Target> Source = targetOfLValue(E))
    if (Source->Part == AddressPart::Whole && !Source->Weak) {
      auto Found = State.Addresses.find(Source->Where);
      if (Found != State.Addresses.end())
        return Found->second;
    }
  return Result;
}

} // namespace clang::tidy::port
