//===--- FunctionFacts.cpp - the socket analysis of one function ----------===//

#include "FunctionFacts.h"
#include "AddressTypes.h"
#include "EscapedObjects.h"
#include "FlowState.h"
#include "IntegerFolding.h"
#include "RawSocketContext.h"
#include "SocketCreation.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/STLExtras.h"
#include <deque>

namespace clang::tidy::port {
namespace {

const Expr *stripImplicit(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr();
    else if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temporary->getSubExpr();
    else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
      E = Bind->getSubExpr();
    else if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
      E = Cast->getSubExpr();
    else
      return E;
  }
}

const FieldDecl *fieldNamed(QualType Type, llvm::StringRef Name) {
  const RecordDecl *Record = Type.getCanonicalType()->getAsRecordDecl();
  if (!Record || !(Record = Record->getDefinition()))
    return nullptr;
  for (const FieldDecl *Field : Record->fields())
    if (Field->getName() == Name)
      return Field;
  return nullptr;
}

/// A parameter's type, seen through glibc's transparent unions of pointers
/// (`__SOCKADDR_ARG` under _GNU_SOURCE in C).
QualType parameterType(const ParmVarDecl *Param) {
  QualType Type = Param->getType();
  if (const auto *Union = Type->getAsUnionType())
    if (const RecordDecl *Decl = Union->getDecl()->getDefinition();
        Decl && Decl->hasAttr<TransparentUnionAttr>() && !Decl->field_empty())
      return Decl->field_begin()->getType();
  return Type;
}

bool isZeroingCall(llvm::StringRef Name) {
  return llvm::is_contained({"memset", "__builtin_memset", "bzero", "explicit_bzero", "__builtin_bzero", "SecureZeroMemory", "ZeroMemory"},
                            Name);
}

/// The sin_port/sin6_port field `LHS` names, if it is such a member access.
const FieldDecl *portFieldOf(const Expr *LHS) {
  const auto *Member = dyn_cast<MemberExpr>(LHS->IgnoreParenImpCasts());
  const auto *Field =
      Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
  return Field && isPortFieldName(Field->getName()) &&
                 isSocketAddressRecord(Field->getParent())
             ? Field
             : nullptr;
}

/// Library functions that never touch the caller's other state.
bool isLocalEffectCall(llvm::StringRef Name) {
  return isZeroingCall(Name) ||
         llvm::is_contained({"memcpy", "memmove", "strcpy", "strncpy", "strlen", "inet_pton", "inet_aton", "inet_addr", "inet_ntop", "htons", "ntohs", "htonl", "ntohl", "atoi", "printf", "fprintf", "snprintf", "perror", "strtol"},
                            Name);
}

} // namespace

class FactsBuilder {
public:
  FactsBuilder(FunctionFacts &Facts, const FunctionDecl *Function,
               ASTContext &Ctx, const AnalysisConfig &Config,
               QueryOracle QueriesParameter, FieldOracle FieldOrigin)
      : Facts(Facts), Function(Function), Ctx(Ctx), Extras(Config.Extras),
        QueriesParameter(QueriesParameter), FieldOrigin(FieldOrigin),
        Escaped(findEscapedObjects(Function->getBody())) {}

  void run();

private:
  // Resolution of expressions to places.
  std::optional<Target> targetOfLValue(const Expr *E) const;
  std::optional<Target> targetOfPointer(const Expr *E) const;
  Pointee pointeeOf(const Expr *E) const;
  SocketOrigin originOf(const Expr *E) const;
  SocketOrigin storedOrigin(const Place &Where) const;
  AddressValue valueOfInitializer(const Expr *Init, QualType Type) const;
  AddressValue valueOfInitList(const InitListExpr *List, QualType Type) const;
  AbstractValue portOfEndpointConstruction(const CXXConstructExpr *Construct) const;
  AbstractValue valueOfField(const Expr *Init) const;
  void recordInitializedPort(const Place &Where, const InitListExpr *List,
                             QualType Type);

  // The transfer function.
  void transfer(const Stmt *S);
  void transferDecl(const VarDecl *Var);
  void transferAssignment(const Expr *LHS, const Expr *RHS, SourceLocation Loc);
  void transferCall(const CallExpr *Call);
  void havocArguments(const CallExpr *Call);
  void havoc(const Target &T);
  void setPort(const Target &T, AbstractValue Port,
               const Expr *StoredValue = nullptr);
  void setFamily(const Target &T, AbstractValue Family);

  // Recording, in the final pass only.
  void recordCall(const CallExpr *Call, const SocketCall &Api);
  void recordBindingConstruction(const VarDecl *Var,
                                 const CXXConstructExpr *Construct);
  void recordEscapes(const Stmt *S);
  void recordUse(SocketUse Use);
  void recordRead(const Place &Object, const Stmt *Where,
                  AddressPart Part = AddressPart::Whole);
  void recordPortWrite(const Place &Object, const FieldDecl *Field,
                       const Expr *Value);
  void recordStoredSocket(const Expr *Value);
  ByteOrder orderOfLocal(const VarDecl *Var) const;
  void setOrder(const Target &T, ByteOrder Order);
  AddressFacts addressFacts(const SocketCall &Api) const;
  std::optional<Place> socketPlace(const SocketCall &Api) const;
  SocketOrigin originForApi(const SocketCall &Api,
                            const std::optional<Place> &Where) const;

  FunctionFacts &Facts;
  const FunctionDecl *Function;
  ASTContext &Ctx;
  llvm::ArrayRef<ExtraSocketFunction> Extras;
  QueryOracle QueriesParameter;
  FieldOracle FieldOrigin;
  llvm::DenseSet<const VarDecl *> Escaped;

  FlowState State;
  bool Recording = false;
  const CFGBlock *CurrentBlock = nullptr;
  unsigned CurrentElement = 0;
};

//===-- Resolution --------------------------------------------------------===//

std::optional<Target> FactsBuilder::targetOfLValue(const Expr *E) const {
  E = E->IgnoreParens();
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    if (Cast->getCastKind() == CK_NoOp || Cast->getCastKind() == CK_LValueBitCast)
      return targetOfLValue(Cast->getSubExpr());
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType())
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
  std::optional<Target> Pointer = targetOfLValue(E);
  if (!Pointer || Pointer->Part != AddressPart::Whole)
    return std::nullopt;
  auto Found = State.Pointers.find(Pointer->Where);
  if (Found != State.Pointers.end()) {
    if (Found->second.What == Pointee::Kind::Object)
      return Target{Found->second.Object, AddressPart::Whole, false};
    if (Found->second.What == Pointee::Kind::Null)
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
    std::optional<Target> T = targetOfPointer(Stripped);
    return T && T->Part == AddressPart::Whole ? Pointee::to(T->Where)
                                              : Pointee::unknown();
  }
  // Copying a pointer copies what it points to.
  std::optional<Target> Pointer = targetOfLValue(Stripped);
  if (!Pointer || Pointer->Part != AddressPart::Whole)
    return Pointee::unknown();
  auto Found = State.Pointers.find(Pointer->Where);
  return Found == State.Pointers.end() ? Pointee::unknown() : Found->second;
}

SocketOrigin FactsBuilder::originOf(const Expr *E) const {
  E = E->IgnoreParenCasts();
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    std::optional<SocketCall> Api = recognizeSocketCall(Call, Extras);
    if (!Api)
      return {};
    SocketOrigin Origin;
    if (Api->Role == SocketRole::Create) {
      Origin = originOfSocketCreation(Call, Ctx);
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

SocketOrigin FactsBuilder::storedOrigin(const Place &Where) const {
  auto Found = State.Sockets.find(Where);
  if (Found != State.Sockets.end())
    return Found->second;
  // Not set in this function: a field may hold one kind of socket in the
  // whole translation unit.
  const auto *Field = Where.Path.empty() ? dyn_cast<FieldDecl>(Where.Root)
                                         : Where.Path.back();
  return Field ? FieldOrigin(Field) : SocketOrigin();
}

AbstractValue FactsBuilder::valueOfField(const Expr *Init) const {
  if (!Init || isa<ImplicitValueInitExpr>(Init))
    return AbstractValue::known(0, ValueOrigin::Initializer, {});
  std::optional<uint64_t> V = foldInteger(Init, Ctx);
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
    AbstractValue Value = valueOfField(Init);
    if (isPortFieldName(Field->getName())) {
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
  // A copy of another tracked object.
  if (std::optional<Target> Source = targetOfLValue(E))
    if (Source->Part == AddressPart::Whole && !Source->Weak) {
      auto Found = State.Addresses.find(Source->Where);
      if (Found != State.Addresses.end())
        return Found->second;
    }
  return Result;
}

//===-- Transfer ----------------------------------------------------------===//

void FactsBuilder::setPort(const Target &T, AbstractValue Port,
                           const Expr *StoredValue) {
  if (T.Weak) {
    State.Addresses.erase(T.Where);
    return;
  }
  AddressValue &Address = State.Addresses[T.Where];
  Address.Port = Port;
  Address.PortStores.clear();
  if (StoredValue)
    Address.PortStores.push_back(StoredValue);
}

void FactsBuilder::setFamily(const Target &T, AbstractValue Family) {
  if (T.Weak) {
    State.Addresses.erase(T.Where);
    return;
  }
  State.Addresses[T.Where].Family = Family;
}

void FactsBuilder::havoc(const Target &T) {
  switch (T.Part) {
  case AddressPart::Whole:
    State.forget(T.Where);
    break;
  case AddressPart::Port:
    setPort(T, AbstractValue::unknown());
    break;
  case AddressPart::Family:
    setFamily(T, AbstractValue::unknown());
    break;
  case AddressPart::Other:
    break;
  }
}

void FactsBuilder::transferDecl(const VarDecl *Var) {
  Place Where{Var, {}};
  State.forget(Where);
  const Expr *Init = Var->getInit();
  QualType Type = Var->getType();
  if (!Init || !Var->hasLocalStorage())
    return;
  if (Recording)
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(stripImplicit(Init)))
      recordBindingConstruction(Var, Construct);
  if (isSocketAddressType(Type) || isAsioEndpointType(Type)) {
    if (!Escaped.count(Var))
      State.Addresses[Where] = valueOfInitializer(Init, Type);
    if (Recording)
      if (const auto *List = dyn_cast<InitListExpr>(stripImplicit(Init)))
        recordInitializedPort(Where, List, Type);
    return;
  }
  if (Type->isPointerType()) {
    State.Pointers[Where] = pointeeOf(Init);
    return;
  }
  if (isMessageHeaderType(Type)) {
    const auto *List = dyn_cast<InitListExpr>(stripImplicit(Init));
    const FieldDecl *Name = fieldNamed(Type, "msg_name");
    if (!List || !Name || Escaped.count(Var))
      return;
    if (List->isSyntacticForm() && List->getSemanticForm())
      List = List->getSemanticForm();
    unsigned Index = Name->getFieldIndex();
    const Expr *NameInit =
        Index < List->getNumInits() ? List->getInit(Index) : nullptr;
    State.Pointers[Where.child(Name)] =
        !NameInit || isa<ImplicitValueInitExpr>(NameInit) ? Pointee::null()
                                                          : pointeeOf(NameInit);
    return;
  }
  if (Type->isIntegerType()) {
    SocketOrigin Origin = originOf(Init);
    if (Origin.Traced)
      State.Sockets[Where] = Origin;
    State.Orders[Where] = {byteOrderOf(Init, Ctx, [this](const VarDecl *V) {
      return orderOfLocal(V);
    })};
    if (Recording)
      recordStoredSocket(Init);
  }
}

void FactsBuilder::recordInitializedPort(const Place &Where,
                                         const InitListExpr *List,
                                         QualType Type) {
  if (List->isSyntacticForm() && List->getSemanticForm())
    List = List->getSemanticForm();
  const RecordDecl *Record = Type.getCanonicalType()->getAsRecordDecl();
  if (!Record || !(Record = Record->getDefinition()) || Record->isUnion())
    return;
  for (const FieldDecl *Field : Record->fields()) {
    unsigned Index = Field->getFieldIndex();
    if (!isPortFieldName(Field->getName()) || Index >= List->getNumInits())
      continue;
    const Expr *Init = List->getInit(Index);
    if (!isa<ImplicitValueInitExpr>(Init))
      recordPortWrite(Where, Field, Init);
  }
}

void FactsBuilder::transferAssignment(const Expr *LHS, const Expr *RHS,
                                      SourceLocation Loc) {
  std::optional<Target> T = targetOfLValue(LHS);
  if (!T) {
    // A descriptor stored there (a global) may be used by anyone.
    if (Recording)
      recordStoredSocket(RHS);
    // A port stored into an object that is not followed (a global) is still
    // a port write.
    if (const FieldDecl *Field = portFieldOf(LHS); Field && Recording)
      recordPortWrite(Place{}, Field, RHS);
    return;
  }
  if (Recording)
    recordStoredSocket(RHS);
  if (T->Part == AddressPart::Port || T->Part == AddressPart::Family) {
    if (Recording && T->Part == AddressPart::Port)
      recordPortWrite(T->Where, portFieldOf(LHS), RHS);
    std::optional<uint64_t> V = foldInteger(RHS, Ctx);
    AbstractValue Value =
        V ? AbstractValue::known(*V, ValueOrigin::Assigned, Loc)
          : AbstractValue::unknown(Loc);
    T->Part == AddressPart::Port ? setPort(*T, Value, RHS)
                                 : setFamily(*T, Value);
    return;
  }
  if (T->Part != AddressPart::Whole)
    return;
  QualType Type = LHS->getType();
  if (const auto *Var = dyn_cast<VarDecl>(T->Where.Root);
      (isSocketAddressType(Type) || isAsioEndpointType(Type)) &&
      !(Var && Escaped.count(Var))) {
    AddressValue Value = valueOfInitializer(RHS, Type);
    State.forget(T->Where);
    if (!T->Weak)
      State.Addresses[T->Where] = Value;
    return;
  }
  if (Type->isPointerType()) {
    Pointee Value = pointeeOf(RHS);
    auto Old = State.Pointers.find(T->Where);
    // An array element write (`msgs[i].msg_hdr.msg_name`) keeps what the
    // other elements had, unless nothing was known of them.
    if (T->Weak && Old != State.Pointers.end())
      Value = Value.join(Old->second);
    State.forget(T->Where);
    State.Pointers[T->Where] = Value;
    return;
  }
  SocketOrigin Origin = Type->isIntegerType() ? originOf(RHS) : SocketOrigin();
  ByteOrder Order = Type->isIntegerType()
                        ? byteOrderOf(RHS, Ctx, [this](const VarDecl *V) {
                            return orderOfLocal(V);
                          })
                        : ByteOrder::Unknown;
  State.forget(T->Where);
  if (Origin.Traced && !T->Weak)
    State.Sockets[T->Where] = Origin;
  if (Type->isIntegerType())
    setOrder(*T, Order);
}

ByteOrder FactsBuilder::orderOfLocal(const VarDecl *Var) const {
  auto Found = State.Orders.find(Place{Var, {}});
  return Found == State.Orders.end() ? ByteOrder::Unknown : Found->second.Order;
}

void FactsBuilder::setOrder(const Target &T, ByteOrder Order) {
  if (T.Part == AddressPart::Whole && !T.Weak && T.Where.Path.empty())
    State.Orders[T.Where] = {Order};
}

void FactsBuilder::havocArguments(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  unsigned FirstArg = 0;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
    if (Method && !Method->isConst())
      if (const Expr *Object = Member->getImplicitObjectArgument()) {
        std::optional<Target> T = Object->getType()->isPointerType()
                                      ? targetOfPointer(Object)
                                      : targetOfLValue(Object);
        if (T)
          havoc(*T);
      }
  } else if (isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Callee)) {
    FirstArg = 1; // the object is argument 0
    if (std::optional<Target> T = targetOfLValue(Call->getArg(0)))
      havoc(*T);
  }
  for (unsigned I = FirstArg; I < Call->getNumArgs(); ++I) {
    const Expr *Arg = unwrapTransparentUnion(Call->getArg(I));
    unsigned ParamIndex = I - FirstArg;
    QualType ParamType;
    if (Callee && ParamIndex < Callee->getNumParams())
      ParamType = parameterType(Callee->getParamDecl(ParamIndex));
    if (!ParamType.isNull()) {
      if (ParamType->isReferenceType()) {
        if (!ParamType->getPointeeType().isConstQualified())
          if (std::optional<Target> T = targetOfLValue(Arg))
            havoc(*T);
        continue;
      }
      if (!ParamType->isPointerType() ||
          ParamType->getPointeeType().isConstQualified())
        continue;
    }
    if (Arg->IgnoreParenCasts()->getType()->isPointerType() ||
        Arg->IgnoreParenCasts()->getType()->isArrayType())
      if (std::optional<Target> T = targetOfPointer(Arg))
        havoc(*T);
  }
}

void FactsBuilder::transferCall(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  llvm::StringRef Name =
      Callee && Callee->getIdentifier() ? Callee->getName() : "";

  if (isZeroingCall(Name) && Call->getNumArgs() >= 2) {
    std::optional<Target> T = targetOfPointer(Call->getArg(0));
    bool IsBzero = Name.contains("bzero") || Name.contains("Zero");
    std::optional<uint64_t> Fill =
        IsBzero ? std::optional<uint64_t>(0) : foldInteger(Call->getArg(1), Ctx);
    if (!T)
      return;
    QualType Pointee = Call->getArg(0)->IgnoreParenCasts()->getType();
    bool IsAddress =
        T->Part == AddressPart::Whole && !T->Weak &&
        (State.Addresses.count(T->Where) ||
         (Pointee->isPointerType() && isSocketAddressType(Pointee->getPointeeType())) ||
         (!Pointee->isPointerType() && isSocketAddressType(Pointee)));
    if (IsAddress && Fill == 0u) {
      State.forget(T->Where);
      AbstractValue Zero =
          AbstractValue::known(0, ValueOrigin::Zeroed, Call->getBeginLoc());
      State.Addresses[T->Where] = AddressValue{Zero, Zero, false, false, {}};
      return;
    }
    if (T->Part == AddressPart::Port && Fill == 0u) {
      setPort(*T, AbstractValue::known(0, ValueOrigin::Zeroed, Call->getBeginLoc()));
      return;
    }
    havoc(*T);
    return;
  }

  // uv_ip4_addr("1.2.3.4", port, &addr) fills family and port.
  if ((Name == "uv_ip4_addr" || Name == "uv_ip6_addr") && Call->getNumArgs() == 3) {
    std::optional<Target> T = targetOfPointer(Call->getArg(2));
    if (!T || T->Part != AddressPart::Whole || T->Weak)
      return;
    std::optional<uint64_t> Port = foldInteger(Call->getArg(1), Ctx);
    AddressValue Value;
    Value.Port = Port ? AbstractValue::known(*Port, ValueOrigin::Constructed,
                                             Call->getArg(1)->getBeginLoc())
                      : AbstractValue::unknown(Call->getBeginLoc());
    Value.Family = AbstractValue::known(Name == "uv_ip4_addr" ? AfInet : AfInet6Linux,
                                        ValueOrigin::Constructed, Call->getBeginLoc());
    State.forget(T->Where);
    if (!Escaped.count(dyn_cast<VarDecl>(T->Where.Root)))
      State.Addresses[T->Where] = Value;
    return;
  }

  // asio: endpoint.port(n) sets the port.
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    const Expr *Object = Member->getImplicitObjectArgument();
    if (Object && isAsioEndpointType(Object->getType()) && Name == "port" &&
        Call->getNumArgs() == 1) {
      if (std::optional<Target> T = targetOfLValue(Object)) {
        std::optional<uint64_t> Port = foldInteger(Call->getArg(0), Ctx);
        setPort(*T, Port ? AbstractValue::known(*Port, ValueOrigin::Constructed,
                                                Call->getArg(0)->getBeginLoc())
                         : AbstractValue::unknown(Call->getBeginLoc()));
      }
      return;
    }
  }

  // `a = b` between class objects (C structs in C++ included).
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
      transferAssignment(Op->getArg(0), Op->getArg(1), Op->getBeginLoc());
      return;
    }

  havocArguments(Call);
  // An unknown call may change members of `this`.
  if (!recognizeSocketCall(Call, Extras) && !isLocalEffectCall(Name))
    State.forgetMembers();
}

void FactsBuilder::transfer(const Stmt *S) {
  if (const auto *Decl = dyn_cast<DeclStmt>(S)) {
    for (const auto *D : Decl->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        transferDecl(Var);
    return;
  }
  if (const auto *Op = dyn_cast<BinaryOperator>(S)) {
    if (Op->getOpcode() == BO_Assign)
      transferAssignment(Op->getLHS(), Op->getRHS(), Op->getOperatorLoc());
    else if (Op->isCompoundAssignmentOp())
      if (std::optional<Target> T = targetOfLValue(Op->getLHS())) {
        havoc(*T);
        // Arithmetic only makes sense on host-order values.
        if (Op->getOpcode() == BO_AddAssign || Op->getOpcode() == BO_SubAssign)
          setOrder(*T, ByteOrder::Host);
      }
    return;
  }
  if (const auto *Op = dyn_cast<UnaryOperator>(S)) {
    if (Op->isIncrementDecrementOp())
      if (std::optional<Target> T = targetOfLValue(Op->getSubExpr())) {
        havoc(*T);
        setOrder(*T, ByteOrder::Host);
      }
    return;
  }
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(S)) {
    // A read of a port, or of a whole address object.
    if (Recording && Cast->getCastKind() == CK_LValueToRValue)
      if (std::optional<Target> T = targetOfLValue(Cast->getSubExpr()))
        if (T->Part == AddressPart::Port ||
            (T->Part == AddressPart::Whole &&
             (isSocketAddressType(Cast->getType()) ||
              isAsioEndpointType(Cast->getType()))))
          recordRead(T->Where, Cast, T->Part);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    if (Recording) {
      if (std::optional<SocketCall> Api = recognizeSocketCall(Call, Extras))
        recordCall(Call, *Api);
      recordEscapes(Call);
    }
    transferCall(Call);
    return;
  }
  if (Recording && isa<ReturnStmt>(S))
    recordEscapes(S);
}

//===-- Recording ---------------------------------------------------------===//

std::optional<Place> FactsBuilder::socketPlace(const SocketCall &Api) const {
  if (!Api.SocketExpr)
    return std::nullopt;
  const Expr *E = Api.SocketExpr;
  std::optional<Target> T =
      E->IgnoreParenCasts()->getType()->isPointerType() ? targetOfPointer(E)
                                                        : targetOfLValue(E->IgnoreParenImpCasts());
  if (!T || T->Part != AddressPart::Whole || T->Weak)
    return std::nullopt;
  return T->Where;
}

SocketOrigin FactsBuilder::originForApi(const SocketCall &Api,
                                        const std::optional<Place> &Where) const {
  SocketOrigin Origin;
  auto Known = [&](uint64_t V) {
    return AbstractValue::known(V, ValueOrigin::Assigned, {});
  };
  switch (Api.Api) {
  case SocketFamily::LibuvTcp:
    Origin.Traced = true;
    Origin.Type = Known(SockStream);
    Origin.Protocol = Known(IpProtoTcp);
    return Origin;
  case SocketFamily::LibuvUdp:
    Origin.Traced = true;
    Origin.Type = Known(SockDgram);
    Origin.Protocol = Known(IpProtoUdp);
    return Origin;
  case SocketFamily::Asio: {
    QualType Type = Api.SocketExpr ? Api.SocketExpr->getType() : QualType();
    if (!Type.isNull() && Type->isPointerType())
      Type = Type->getPointeeType();
    llvm::StringRef Protocol = Type.isNull() ? "" : asioProtocolName(Type);
    if (Protocol.empty())
      return Origin;
    Origin.Traced = true;
    if (Protocol == "tcp") {
      Origin.Type = Known(SockStream);
      Origin.Protocol = Known(IpProtoTcp);
    } else if (Protocol == "udp") {
      Origin.Type = Known(SockDgram);
      Origin.Protocol = Known(IpProtoUdp);
    } else if (Protocol == "icmp") {
      Origin.Type = Known(SockRaw);
      Origin.Protocol = Known(IpProtoIcmp);
    } else {
      Origin.Traced = false;
    }
    return Origin;
  }
  case SocketFamily::Bsd:
    break;
  }
  return Where ? storedOrigin(*Where) : Origin;
}

AddressFacts FactsBuilder::addressFacts(const SocketCall &Api) const {
  AddressFacts Facts;
  if (!Api.AddressExpr)
    return Facts;
  const Expr *Address = Api.AddressExpr;
  Facts.State = AddressFacts::Kind::Untracked;

  if (Api.Api == SocketFamily::Asio) {
    const Expr *E = stripImplicit(Address);
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && isAsioEndpointType(Construct->getType()) &&
        !Construct->getConstructor()->isCopyOrMoveConstructor()) {
      Facts.State = AddressFacts::Kind::Tracked;
      Facts.Value.IsEndpoint = true;
      Facts.Value.Port = portOfEndpointConstruction(Construct);
      return Facts;
    }
    Address = E;
  }
  if (Address->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull)) {
    Facts.State = AddressFacts::Kind::Null;
    return Facts;
  }

  std::optional<Target> T;
  if (Api.Role == SocketRole::SendMsg || Api.Role == SocketRole::SendMMsg) {
    std::optional<Target> Header = targetOfPointer(Address);
    QualType HeaderType = Address->IgnoreParenCasts()->getType();
    if (!Header || Header->Part != AddressPart::Whole ||
        (!HeaderType->isPointerType() && !HeaderType->isArrayType()))
      return Facts;
    HeaderType = HeaderType->isPointerType()
                     ? HeaderType->getPointeeType()
                     : QualType(HeaderType->getArrayElementTypeNoTypeQual(), 0);
    Place NameField = Header->Where;
    if (Api.Role == SocketRole::SendMMsg) {
      const FieldDecl *Inner = fieldNamed(HeaderType, "msg_hdr");
      if (!Inner)
        return Facts;
      NameField = NameField.child(Inner);
      HeaderType = Inner->getType();
    }
    const FieldDecl *Name = fieldNamed(HeaderType, "msg_name");
    if (!Name)
      return Facts;
    auto Found = State.Pointers.find(NameField.child(Name));
    if (Found == State.Pointers.end())
      return Facts;
    if (Found->second.What == Pointee::Kind::Null) {
      Facts.State = AddressFacts::Kind::Null;
      return Facts;
    }
    if (Found->second.What != Pointee::Kind::Object)
      return Facts;
    T = Target{Found->second.Object, AddressPart::Whole, false};
  } else if (Address->getType()->isPointerType()) {
    Pointee Points = pointeeOf(Address);
    if (Points.What == Pointee::Kind::Object)
      T = Target{Points.Object, AddressPart::Whole, false};
    else
      T = targetOfPointer(Address);
  } else {
    T = targetOfLValue(Address); // asio endpoints are passed by reference
  }
  if (!T || T->Part != AddressPart::Whole || T->Weak)
    return Facts;
  Facts.Object = T->Where;
  if (const auto *Var = dyn_cast<VarDecl>(T->Where.Root); Var && Escaped.count(Var))
    return Facts;
  auto Found = State.Addresses.find(T->Where);
  if (Found == State.Addresses.end() || Found->second.Weak)
    return Facts;
  Facts.State = AddressFacts::Kind::Tracked;
  Facts.Value = Found->second;
  return Facts;
}

void FactsBuilder::recordUse(SocketUse Use) {
  Use.Element = CurrentElement;
  Use.Block = CurrentBlock;
  Facts.Uses[CurrentBlock].push_back(std::move(Use));
}

void FactsBuilder::recordCall(const CallExpr *Call, const SocketCall &Api) {
  CallFacts Result;
  Result.Call = Call;
  Result.Api = Api;
  Result.Socket = socketPlace(Api);
  Result.Origin = originForApi(Api, Result.Socket);
  Result.Address = addressFacts(Api);
  Result.Block = CurrentBlock;
  Result.Element = CurrentElement;
  if (Result.Socket)
    recordUse({SocketUse::Kind::Call, Api.Role, *Result.Socket, Call, 0});
  auto [Slot, Added] = Facts.CallIndex.try_emplace(Call, Facts.Calls.size());
  if (Added)
    Facts.Calls.push_back(std::move(Result));
  else
    Facts.Calls[Slot->second] = std::move(Result);
}

void FactsBuilder::recordBindingConstruction(
    const VarDecl *Var, const CXXConstructExpr *Construct) {
  // asio's `basic_socket_acceptor(ctx, endpoint)` (and the socket templates'
  // same constructor) opens the socket and binds it to the endpoint.
  QualType Type = Var->getType();
  if (isAsioEndpointType(Type) || asioProtocolName(Type).empty() ||
      Construct->getNumArgs() < 2 ||
      !isAsioEndpointType(Construct->getArg(1)->getType()))
    return;
  SocketCall Api{SocketRole::Bind, SocketFamily::Asio, "bind", std::nullopt, 1,
                 std::nullopt};
  Api.SocketExpr = Construct; // its type names the protocol
  Api.AddressExpr = Construct->getArg(1);
  CallFacts Result;
  Result.Construct = Construct;
  Result.Api = Api;
  Result.Socket = Place{Var, {}};
  Result.Origin = originForApi(Api, Result.Socket);
  Result.Address = addressFacts(Api);
  Result.Block = CurrentBlock;
  Result.Element = CurrentElement;
  recordUse(
      {SocketUse::Kind::Call, SocketRole::Bind, *Result.Socket, Construct, 0});
  Facts.Constructions[Construct] = std::move(Result);
}

void FactsBuilder::recordEscapes(const Stmt *S) {
  // A descriptor (or a struct holding one) handed to code we do not see.
  auto EscapeOf = [&](const Expr *E) {
    if (!E)
      return;
    // `return acceptor;` copies or moves the object out.
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(stripImplicit(E));
        Construct && Construct->getNumArgs() == 1 &&
        Construct->getConstructor()->isCopyOrMoveConstructor())
      E = Construct->getArg(0);
    std::optional<Target> T = E->IgnoreParenCasts()->getType()->isPointerType()
                                  ? targetOfPointer(E)
                                  : targetOfLValue(E->IgnoreParenImpCasts());
    if (T && T->Part == AddressPart::Whole)
      recordUse({SocketUse::Kind::Escape, SocketRole::Close, T->Where, S, 0});
  };
  if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
    EscapeOf(Return->getRetValue());
    return;
  }
  const auto *Call = cast<CallExpr>(S);
  if (recognizeSocketCall(Call, Extras))
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  unsigned FirstArg = isa<CXXOperatorCallExpr>(Call) &&
                              isa_and_nonnull<CXXMethodDecl>(Callee)
                          ? 1
                          : 0;
  for (unsigned I = FirstArg; I < Call->getNumArgs(); ++I) {
    const Expr *Arg = unwrapTransparentUnion(Call->getArg(I));
    // A helper that calls getsockname() on this parameter learns the port.
    if (Callee && QueriesParameter(Callee, I - FirstArg)) {
      std::optional<Target> T =
          Arg->IgnoreParenCasts()->getType()->isPointerType()
              ? targetOfPointer(Arg)
              : targetOfLValue(Arg->IgnoreParenImpCasts());
      if (T && T->Part == AddressPart::Whole)
        recordUse({SocketUse::Kind::Call, SocketRole::Query, T->Where, S, 0});
      continue;
    }
    EscapeOf(Arg);
    // An address object handed to a function is read by it, whether its
    // port is followed or not (filled by getsockname(), say).
    QualType ArgType = Arg->IgnoreParenCasts()->getType();
    if (ArgType->isPointerType())
      if (std::optional<Target> T = targetOfPointer(Arg))
        if (T->Part != AddressPart::Other &&
            (State.Addresses.count(T->Where) ||
             isSocketAddressType(ArgType->getPointeeType())))
          recordRead(T->Where, S);
  }
}

void FactsBuilder::recordRead(const Place &Object, const Stmt *Where,
                              AddressPart Part) {
  Facts.Reads[CurrentBlock].push_back(
      {Object, Part, Where, CurrentElement, CurrentBlock});
}

void FactsBuilder::recordPortWrite(const Place &Object, const FieldDecl *Field,
                                   const Expr *Value) {
  PortWrite Write;
  Write.Object = Object;
  Write.Field = Field;
  Write.Value = Value;
  Write.Shape = classifyPortValue(Value, Ctx, [this](const VarDecl *V) {
    return orderOfLocal(V);
  });
  Facts.PortWrites.push_back(std::move(Write));
}

void FactsBuilder::recordStoredSocket(const Expr *Value) {
  // `conn->fd = fd;`, `g_fd = fd;`: someone else may use the socket now.
  const Expr *Stripped = Value->IgnoreParenImpCasts();
  // Broken code can leave an initializer without a type (found by fuzzing).
  if (Stripped->getType().isNull() || !Stripped->getType()->isIntegerType())
    return;
  std::optional<Target> T = targetOfLValue(Stripped);
  if (T && T->Part == AddressPart::Whole && State.Sockets.count(T->Where))
    recordUse({SocketUse::Kind::Escape, SocketRole::Close, T->Where, Value, 0});
}

//===-- Driver ------------------------------------------------------------===//

namespace {
/// True if no edge leads back to an earlier block of `Order` (a reverse
/// post-order of the reachable blocks): the function has no loop.
bool isAcyclic(llvm::ArrayRef<const CFGBlock *> Order) {
  llvm::DenseMap<const CFGBlock *, unsigned> Position;
  unsigned Next = 0;
  for (const CFGBlock *Block : Order)
    Position[Block] = Next++;
  for (const CFGBlock *Block : Order)
    for (const CFGBlock *Succ : Block->succs())
      if (Succ && Position.lookup(Succ) <= Position.lookup(Block))
        return false;
  return true;
}
} // namespace

void FactsBuilder::run() {
  CFG::BuildOptions Options;
  // Elements only for the statements transfer() acts on (and each full
  // statement, which the CFG adds anyway): every other node as an element
  // would cost a CFG slot and a visit and decide nothing.
  for (Stmt::StmtClass Class :
       {Stmt::DeclStmtClass, Stmt::BinaryOperatorClass,
        Stmt::CompoundAssignOperatorClass, Stmt::UnaryOperatorClass,
        Stmt::ImplicitCastExprClass, Stmt::CallExprClass,
        Stmt::CXXMemberCallExprClass, Stmt::CXXOperatorCallExprClass,
        Stmt::UserDefinedLiteralClass, Stmt::ReturnStmtClass})
    Options.setAlwaysAdd(Class);
  Options.AddImplicitDtors = false;
  Options.AddTemporaryDtors = false;
  Options.AddCXXDefaultInitExprInCtors = false;
  // A local's facts die with it: without this the state of a long function
  // holds every local ever declared and each block copies them all, which
  // makes the analysis quadratic in function length.
  Options.AddLifetime = true;
  Facts.Graph = CFG::buildCFG(Function, Function->getBody(), &Ctx, Options);
  if (!Facts.Graph)
    return;

  // Forward dataflow, blocks in reverse post-order.
  const CFG &Graph = *Facts.Graph;
  auto step = [this](const CFGElement &Element) {
    if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>())
      transfer(S->getStmt());
    else if (std::optional<CFGLifetimeEnds> End =
                 Element.getAs<CFGLifetimeEnds>())
      State.forget(Place{End->getVarDecl(), {}});
  };
  // Only entry states are kept: a block is revisited when its entry grows,
  // so exit states would double the memory and decide nothing.
  std::vector<std::optional<FlowState>> Entry(Graph.getNumBlockIDs());
  // Joins the state leaving a block into a successor's entry; true if that
  // entry is new or grew.
  auto flowInto = [&](const CFGBlock *Succ) {
    std::optional<FlowState> &In = Entry[Succ->getBlockID()];
    if (In)
      return In->join(State);
    In = State;
    return true;
  };
  // The view iterates in reverse post-order despite its name.
  PostOrderCFGView Order(&Graph);
  std::vector<const CFGBlock *> Blocks(Order.begin(), Order.end());
  Entry[Graph.getEntry().getBlockID()] = FlowState();

  // Without loops every predecessor comes first in reverse post-order, so
  // one pass reaches the fixpoint and can record as it goes, holding only
  // the states of blocks not yet reached instead of one per block.
  bool Acyclic = isAcyclic(Blocks);
  if (!Acyclic) {
    std::vector<bool> Queued(Graph.getNumBlockIDs(), false);
    std::deque<const CFGBlock *> Work;
    Work.push_back(&Graph.getEntry());
    Queued[Graph.getEntry().getBlockID()] = true;
    // Widening is unnecessary (the lattice is shallow) but guard anyway.
    unsigned Budget = 64 * (Graph.getNumBlockIDs() + 1);
    while (!Work.empty() && Budget--) {
      const CFGBlock *Block = Work.front();
      Work.pop_front();
      Queued[Block->getBlockID()] = false;
      State = *Entry[Block->getBlockID()];
      for (const CFGElement &Element : *Block)
        step(Element);
      for (const CFGBlock *Succ : Block->succs())
        if (Succ && flowInto(Succ) && !Queued[Succ->getBlockID()]) {
          Queued[Succ->getBlockID()] = true;
          Work.push_back(Succ);
        }
    }
  }

  // The recording pass, with final entry states; each is read once.
  Recording = true;
  for (const CFGBlock *Block : Blocks) {
    std::optional<FlowState> &In = Entry[Block->getBlockID()];
    if (!In)
      continue; // unreachable
    State = std::move(*In);
    In.reset();
    CurrentBlock = Block;
    CurrentElement = 0;
    for (const CFGElement &Element : *Block) {
      step(Element);
      ++CurrentElement;
    }
    if (Acyclic)
      for (const CFGBlock *Succ : Block->succs())
        if (Succ)
          flowInto(Succ);
  }
}

std::unique_ptr<FunctionFacts>
FunctionFacts::build(const FunctionDecl *Function, ASTContext &Ctx,
                     const AnalysisConfig &Config,
                     QueryOracle QueriesParameter, FieldOracle FieldOrigin) {
  std::unique_ptr<FunctionFacts> Facts(new FunctionFacts());
  Facts->Function = Function;
  Facts->Ctx = &Ctx;
  Facts->Body = Function->getBody();
  if (Function->hasBody() && Function->getBody())
    FactsBuilder(*Facts, Function, Ctx, Config, QueriesParameter, FieldOrigin)
        .run();
  return Facts;
}

FunctionFacts::~FunctionFacts() = default;

bool FunctionFacts::hasRawSocketContext() const {
  if (!RawContext)
    RawContext = port::hasRawSocketContext(Function, *Ctx);
  return *RawContext;
}

const BodyParents &FunctionFacts::parents() const {
  if (!Parents)
    Parents = std::make_unique<BodyParents>(Body);
  return *Parents;
}

const CallFacts *FunctionFacts::lookup(const CallExpr *Call) const {
  auto Found = CallIndex.find(Call);
  return Found == CallIndex.end() ? nullptr : &Calls[Found->second];
}

const CallFacts *
FunctionFacts::lookup(const CXXConstructExpr *Construct) const {
  auto Found = Constructions.find(Construct);
  return Found == Constructions.end() ? nullptr : &Found->second;
}

namespace {
/// Calls `Visit` on the items of `PerBlock` that may run after element
/// `Element` of `Block` and satisfy `Wanted`, nearest blocks first, until it
/// returns false. Callers that stop at the first deciding item keep a
/// function with many socket calls linear.
template <typename Item, typename Pred>
void visitAfter(
    const llvm::DenseMap<const CFGBlock *, std::vector<Item>> &PerBlock,
    unsigned NumBlocks, const CFGBlock *Block, unsigned Element, Pred Wanted,
    llvm::function_ref<bool(const Item &)> Visit) {
  // False once `Visit` asked to stop.
  auto VisitIn = [&](const CFGBlock *B, bool AfterElement) {
    auto Found = PerBlock.find(B);
    if (Found == PerBlock.end())
      return true;
    for (const Item &I : Found->second)
      if ((!AfterElement || I.Element > Element) && Wanted(I) && !Visit(I))
        return false;
    return true;
  };
  if (!VisitIn(Block, /*AfterElement=*/true))
    return;
  llvm::BitVector Seen(NumBlocks);
  std::deque<const CFGBlock *> Work(Block->succ_begin(), Block->succ_end());
  while (!Work.empty()) {
    const CFGBlock *Next = Work.front();
    Work.pop_front();
    if (!Next || Seen.test(Next->getBlockID()))
      continue;
    Seen.set(Next->getBlockID());
    // Reaching the starting block again (a loop) sees all of it.
    if (!VisitIn(Next, /*AfterElement=*/false))
      return;
    Work.insert(Work.end(), Next->succ_begin(), Next->succ_end());
  }
}

template <typename Item, typename Pred>
std::vector<const Item *> collectAfter(
    const llvm::DenseMap<const CFGBlock *, std::vector<Item>> &PerBlock,
    unsigned NumBlocks, const CFGBlock *Block, unsigned Element, Pred Wanted) {
  std::vector<const Item *> Result;
  visitAfter<Item>(PerBlock, NumBlocks, Block, Element, Wanted,
                   [&](const Item &I) {
                     Result.push_back(&I);
                     return true;
                   });
  return Result;
}
} // namespace

bool FunctionFacts::mayRunAfter(const CFGBlock *From, unsigned FromElement,
                                const CFGBlock *To, unsigned ToElement) const {
  if (!From || !To)
    return false;
  if (From == To && ToElement > FromElement)
    return true;
  llvm::DenseSet<const CFGBlock *> Seen;
  std::vector<const CFGBlock *> Work(From->succ_begin(), From->succ_end());
  while (!Work.empty()) {
    const CFGBlock *Next = Work.back();
    Work.pop_back();
    if (!Next || !Seen.insert(Next).second)
      continue;
    if (Next == To)
      return true;
    Work.insert(Work.end(), Next->succ_begin(), Next->succ_end());
  }
  return false;
}

bool FunctionFacts::isStoredOrReturned(const Place &Socket) const {
  auto [Memo, Added] = StoredOrReturned.try_emplace(Socket, false);
  if (Added)
    for (const auto &[Block, BlockUses] : Uses)
      for (const SocketUse &Use : BlockUses)
        if (Use.What == SocketUse::Kind::Escape && !isa<CallExpr>(Use.Where) &&
            Socket.isWithin(Use.Socket))
          Memo->second = true;
  return Memo->second;
}

std::vector<const SocketUse *>
FunctionFacts::usesAfter(const CallFacts &From, const Place &Socket) const {
  return collectAfter(Uses, Graph->getNumBlockIDs(), From.Block, From.Element,
                      [&](const SocketUse &Use) {
                        return Socket.isWithin(Use.Socket);
                      });
}

void FunctionFacts::visitUsesAfter(
    const CallFacts &From, const Place &Socket,
    llvm::function_ref<bool(const SocketUse &)> Visit) const {
  visitAfter<SocketUse>(
      Uses, Graph->getNumBlockIDs(), From.Block, From.Element,
      [&](const SocketUse &Use) { return Socket.isWithin(Use.Socket); },
      Visit);
}

std::vector<const AddressRead *>
FunctionFacts::addressReadsAfter(const CallFacts &From,
                                 const Place &Object) const {
  return collectAfter(Reads, Graph->getNumBlockIDs(), From.Block, From.Element,
                      [&](const AddressRead &Read) {
                        return Object.isWithin(Read.Object);
                      });
}

SocketKind FunctionFacts::socketKind(const CallFacts &Facts) const {
  const SocketOrigin &Origin = Facts.Origin;
  auto MaybeRaw = [&] {
    return hasRawSocketContext() ? SocketKind::RawOrIcmp : SocketKind::Unknown;
  };
  if (Origin.Domain.is(AfUnix))
    return SocketKind::Local;
  if (Origin.Domain.is(AfPacket))
    return SocketKind::RawOrIcmp;
  if (!Origin.Traced || !Origin.Type.isKnown())
    return MaybeRaw();
  switch (Origin.Type.value()) {
  case SockRaw:
    return SocketKind::RawOrIcmp;
  case SockStream:
  case SockSeqPacket:
    return SocketKind::Stream;
  case SockDgram:
    if (Origin.Protocol.is(IpProtoIcmp) || Origin.Protocol.is(IpProtoIcmpV6))
      return SocketKind::RawOrIcmp;
    // A datagram socket of unknown protocol may be a ping socket.
    if (!Origin.Protocol.isKnown() && hasRawSocketContext())
      return SocketKind::RawOrIcmp;
    return SocketKind::Datagram;
  default:
    return MaybeRaw();
  }
}

} // namespace clang::tidy::port
