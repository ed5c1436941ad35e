//===--- FactsTransfer.cpp - what statements do to the state ---------------===//

#include "FactsBuilder.h"
#include "AddressBuilders.h"
#include "AddressLookup.h"
#include "TargetStrings.h"
#include "AddressTypes.h"
#include "ExprShapes.h"
#include "IntegerFolding.h"
#include "SocketCreation.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::port {

void FactsBuilder::setPort(const Target &T, AbstractValue Port,
                           const Expr *StoredValue) {
  if (T.Weak) {
    State.Addresses.erase(T.Where);
    return;
  }
  AddressValue &Address = State.Addresses[T.Where];
  Address.Port = Port;
  Address.PortStores.clear();
  Address.FilledBy = nullptr;
  Address.FilledAt = nullptr;
  if (StoredValue)
    Address.PortStores.push_back(StoredValue);
  noteWrite(T.Where, false);
}

void FactsBuilder::setFamily(const Target &T, AbstractValue Family) {
  if (T.Weak) {
    State.Addresses.erase(T.Where);
    return;
  }
  State.Addresses[T.Where].Family = Family;
  noteWrite(T.Where, false);
}

void FactsBuilder::havoc(const Target &T) {
  switch (T.Part) {
  case AddressPart::Whole:
    State.forget(T.Where);
    noteWrite(T.Where, true);
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

namespace {
/// `-1`, `~0`, `(SOCKET)(~0)`, `INVALID_SOCKET`: a literal under signs and
/// casts.
bool isSentinelShape(const Expr *E) {
  while (true) {
    E = E->IgnoreParenCasts();
    if (const auto *Op = dyn_cast<UnaryOperator>(E);
        Op && (Op->getOpcode() == UO_Minus || Op->getOpcode() == UO_Not))
      E = Op->getSubExpr();
    else
      return isa<IntegerLiteral>(E);
  }
}
} // namespace

void FactsBuilder::setSocket(const Place &Where, const SocketOrigin &Origin) {
  if (Origin.Traced || Origin.Parameter || Origin.NoSocket)
    State.Sockets[Where] = Origin;
  noteWrite(Where, false);
}

SocketOrigin FactsBuilder::originOfStored(const Expr *Value) const {
  SocketOrigin Origin = originOf(Value);
  if (Origin.Traced || Origin.Parameter)
    return Origin;
  // -1 (or Winsock's INVALID_SOCKET) before a socket is opened or after it
  // is closed: no socket, which paths that meet do not count. Only a
  // literal is folded: most stores are not constants.
  if (!isSentinelShape(Value))
    return Origin;
  std::optional<uint64_t> V = foldInteger(Value, Ctx);
  QualType Type = Value->getType();
  if (V && Type->isIntegerType() && !Type->isBooleanType()) {
    uint64_t Width = Ctx.getTypeSize(Type);
    if (Width && Width <= 64 && ((*V >> (Width - 1)) & 1))
      return SocketOrigin::none();
  }
  return Origin;
}

void FactsBuilder::havocMentioned(const Expr *LValue) {
  // `*(uint16_t *)((char *)sa + 2) = v`: a write the dataflow cannot place
  // may land in any object the expression names.
  // An integer it names (an index) is only read.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(LValue))
    if (QualType Type = Ref->getType();
        Type->isPointerType() || Type->isArrayType() || Type->isRecordType())
      if (std::optional<Target> T = targetOfLValue(Ref))
        havoc(Target{T->Where, AddressPart::Whole, false});
  for (const Stmt *Child : LValue->children())
    if (const auto *E = dyn_cast_or_null<Expr>(Child))
      havocMentioned(E);
}

void FactsBuilder::transferDecl(const VarDecl *Var) {
  Place Where{Var, {}};
  State.forget(Where);
  const Expr *Init = Var->getInit();
  QualType Type = Var->getType();
  if (!Var->hasLocalStorage())
    return;
  // `int &fd = sock->fd;`: writes through the reference are not seen, so
  // what it binds into is the caller's no longer followed.
  if (Type->isReferenceType() && Init &&
      !Type.getNonReferenceType().isConstQualified())
    if (std::optional<Target> T = targetOfLValue(Init);
        T && (isa_and_nonnull<ParmVarDecl>(T->Where.Root) ||
              isa_and_nonnull<FieldDecl>(T->Where.Root))) {
      Unfollowed.insert(T->Where.Root);
      havoc(Target{Place{T->Where.Root, {}}, AddressPart::Whole, false});
    }
  // An address declared without a value is still followed: it is filled
  // here or not at all.
  if (!Init && isSocketAddressType(Type) && !isEscaped(Where))
    State.Addresses[Where] = AddressValue();
  // A batch of message headers filled element by element: the names not
  // set point nowhere the analysis need follow.
  if (!Init && Type->isArrayType() && !isEscaped(Where))
    if (std::optional<Place> Name = messageNamePlace(Where, Type))
      State.Pointers[*Name] = Pointee::null();
  if (!Init)
    return;
  if (Recording)
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(stripImplicit(Init)))
      recordBindingConstruction(Where, Type, Construct);
  if (isSocketAddressType(Type) || isAsioEndpointType(Type)) {
    if (!isEscaped(Where))
      State.Addresses[Where] = valueOfInitializer(Init, Type);
    if (Recording)
      if (const auto *List = dyn_cast<InitListExpr>(stripImplicit(Init)))
        recordInitializedPort(Where, List, Type);
    return;
  }
  if (Type->isPointerType()) {
    State.Pointers[Where] = pointeeOf(Init);
    if (Recording) {
      recordStoredSocket(Init);
      recordReturnedSocket(Where, Init);
    }
    return;
  }
  if (const auto *List = dyn_cast<InitListExpr>(stripImplicit(Init));
      List && Type->isRecordType()) {
    recordHints(Where, List);
  }
  if (isMessageHeaderType(Type)) {
    const auto *List = dyn_cast<InitListExpr>(stripImplicit(Init));
    const FieldDecl *Name = messageNameField(Type);
    if (!List || !Name || isEscaped(Where))
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
    SocketOrigin Origin = originOfStored(Init);
    if (Origin.Traced || Origin.Parameter || Origin.NoSocket)
      State.Sockets[Where] = Origin;
    State.Orders[Where] = {byteOrderOf(
        Init, Ctx, [this](const VarDecl *V) { return orderOfLocal(V); },
        [this](const CallExpr *C) { return orderOfCall(C); })};
    if (AbstractValue Value = parameterValue(Init); Value.isParameter())
      State.Values.insert_or_assign(Where, Value);
    if (Recording) {
      recordStoredSocket(Init);
      recordReturnedEvents(Init, Where);
    }
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
  // What a member is given, for the translation unit's view of the field.
  if (Recording && isa<MemberExpr>(LHS->IgnoreParenImpCasts()) &&
      LHS->getType()->isIntegerType())
    Facts.StoredOrigins[RHS] = originOf(RHS);
  if (!T) {
    havocMentioned(LHS);
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
    if (T->Part == AddressPart::Port) {
      setPort(*T, valueOfPortStore(RHS, Loc), RHS);
      return;
    }
    std::optional<uint64_t> V = foldInteger(RHS, Ctx);
    setFamily(*T, V ? AbstractValue::known(*V, ValueOrigin::Assigned, Loc)
                    : AbstractValue::unknown(Loc));
    return;
  }
  if (T->Part != AddressPart::Whole)
    return;
  // A pointer parameter pointed elsewhere: what is named after it is no
  // longer the caller's object.
  if (const auto *Param = dyn_cast<ParmVarDecl>(T->Where.Root);
      Param && T->Where.Path.empty() && Param->getType()->isPointerType())
    Unfollowed.insert(Param);
  QualType Type = LHS->getType();
  if ((isSocketAddressType(Type) || isAsioEndpointType(Type)) &&
      !isEscaped(T->Where)) {
    AddressValue Value = valueOfInitializer(RHS, Type);
    State.forget(T->Where);
    if (!T->Weak)
      State.Addresses[T->Where] = Value;
    noteWrite(T->Where, false);
    return;
  }
  if (Type->isPointerType()) {
    Pointee Value = pointeeOf(RHS);
    auto Old = State.Pointers.find(T->Where);
    // An array element write (`msgs[i].msg_hdr.msg_name`) keeps what the
    // other elements had, unless nothing was known of them.
    if (T->Weak && Value.What == Pointee::Kind::Object)
      Value.OnSomeElements = true;
    if (T->Weak && Old != State.Pointers.end())
      Value = Value.join(Old->second);
    State.forget(T->Where);
    State.Pointers[T->Where] = Value;
    noteWrite(T->Where, true);
    if (Recording && !T->Weak)
      recordReturnedSocket(T->Where, RHS);
    return;
  }
  if (!Type->isIntegerType()) {
    State.forget(T->Where);
    noteWrite(T->Where, true);
    return;
  }
  SocketOrigin Origin = originOfStored(RHS);
  ByteOrder Order = byteOrderOf(
      RHS, Ctx, [this](const VarDecl *V) { return orderOfLocal(V); },
      [this](const CallExpr *C) { return orderOfCall(C); });
  AbstractValue Value = parameterValue(RHS);
  State.forget(T->Where);
  if (!T->Weak) {
    setSocket(T->Where, Origin);
    if (Recording)
      recordReturnedEvents(RHS, T->Where);
    if (Value.isParameter())
      State.Values.insert_or_assign(T->Where, Value);
    // `hints.ai_socktype = SOCK_DGRAM`: what getaddrinfo() results carry.
    const auto *Member = dyn_cast<MemberExpr>(LHS->IgnoreParenImpCasts());
    if (Member && isCopiedHintField(dyn_cast<FieldDecl>(Member->getMemberDecl())))
      if (std::optional<uint64_t> V = foldInteger(RHS, Ctx))
        State.Values.insert_or_assign(
            T->Where, AbstractValue::known(*V, ValueOrigin::Assigned, Loc));
  } else {
    noteWrite(T->Where, true);
  }
  setOrder(*T, Order);
}

ByteOrder FactsBuilder::orderOfLocal(const VarDecl *Var) const {
  auto Found = State.Orders.find(Place{Var, {}});
  return Found == State.Orders.end() ? ByteOrder::Unknown : Found->second.Order;
}

ByteOrder FactsBuilder::orderOfCall(const CallExpr *Call) const {
  const FunctionSummary *Summary = summaryOf(Call);
  return Summary ? Summary->Return.PortOrder : ByteOrder::Unknown;
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
        Arg->IgnoreParenCasts()->getType()->isArrayType()) {
      if (std::optional<Target> T = targetOfPointer(Arg))
        havoc(*T);
      else
        havocMentioned(Arg); // a pointer to a literal, say
    }
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
      AddressValue Zeroed;
      Zeroed.Port = Zeroed.Family = Zero;
      State.Addresses[T->Where] = Zeroed;
      noteWrite(T->Where, false);
      return;
    }
    if (Fill == 0u && T->Part == AddressPart::Whole && !T->Weak)
      if (std::optional<Place> Name = messageNamePlace(
              T->Where, Pointee->isPointerType() ? Pointee->getPointeeType()
                                                 : Pointee)) {
        havoc(*T);
        State.Pointers[*Name] = Pointee::null();
        return;
      }
    if (T->Part == AddressPart::Port && Fill == 0u) {
      setPort(*T, AbstractValue::known(0, ValueOrigin::Zeroed, Call->getBeginLoc()));
      return;
    }
    havoc(*T);
    return;
  }

  // memcpy(&sa, &template, sizeof sa) copies a followed address.
  if ((Name == "memcpy" || Name == "memmove" || Name == "__builtin_memcpy") &&
      Call->getNumArgs() == 3)
    if (std::optional<Target> To = targetOfPointer(Call->getArg(0));
        To && To->Part == AddressPart::Whole && !To->Weak &&
        State.Addresses.count(To->Where) && !isEscaped(To->Where))
      if (std::optional<AddressValue> From = copiedAddress(Call->getArg(1))) {
        State.forget(To->Where);
        State.Addresses[To->Where] = *From;
        noteWrite(To->Where, false);
        return;
      }

  // uv_ip4_addr("1.2.3.4", port, &addr) and friends fill family and port.
  if (std::optional<AddressBuild> Build = recognizeAddressBuild(Call)) {
    transferAddressBuild(Call, *Build);
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

  if (std::optional<AddressLookup> Lookup = recognizeAddressLookup(Call, Ctx)) {
    transferLookup(Call, *Lookup);
    return;
  }

  // A helper whose effect is known changes only what its summary says.
  if (const FunctionSummary *Summary = summaryOf(Call)) {
    applySummary(Call, *Summary);
    return;
  }

  havocArguments(Call);
  // WSAHtons(s, port, &out) stores the converted port through `out`.
  if (std::optional<OutParameterConversion> Out = outParameterConversion(Call))
    if (std::optional<Target> T = targetOfPointer(Call->getArg(Out->OutArg)))
      setOrder(*T, Out->ToHost ? ByteOrder::Host : ByteOrder::Network);
  // An unknown call may change members of `this`.
  if (!recognizeSocketCall(Call, Extras) && !isLocalEffectCall(Name)) {
    State.forgetMembers();
    CallsUnknown = true;
  }
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
    else if (Op->isCompoundAssignmentOp()) {
      if (std::optional<Target> T = targetOfLValue(Op->getLHS())) {
        havoc(*T);
        // Arithmetic only makes sense on host-order values.
        if (Op->getOpcode() == BO_AddAssign || Op->getOpcode() == BO_SubAssign)
          setOrder(*T, ByteOrder::Host);
      } else {
        havocMentioned(Op->getLHS());
      }
    }
    return;
  }
  if (const auto *Op = dyn_cast<UnaryOperator>(S)) {
    if (Op->isIncrementDecrementOp()) {
      if (std::optional<Target> T = targetOfLValue(Op->getSubExpr())) {
        havoc(*T);
        setOrder(*T, ByteOrder::Host);
      } else {
        havocMentioned(Op->getSubExpr());
      }
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
      // Library calls take a host-order port beside a host name, or to
      // fill an address with; they convert it themselves.
      if (std::optional<SocketCall> Api = recognizeSocketCall(Call, Extras)) {
        recordCall(Call, *Api);
        if (Api->PortExpr)
          recordPortArgument(Call, Api->PortExpr, true, nullptr);
      } else if (const FunctionSummary *Summary = summaryOf(Call)) {
        recordEvents(Call, *Summary);
        recordPortArguments(Call, *Summary);
      } else if (std::optional<AddressBuild> Build = recognizeAddressBuild(Call);
                 Build && Build->Port) {
        recordPortArgument(Call, Build->Port, true, nullptr);
      }
      recordEscapes(Call);
      recordPassedArguments(Call);
    }
    transferCall(Call);
    return;
  }
  if (const auto *Return = dyn_cast<ReturnStmt>(S); Return && Recording) {
    if (Summarizing)
      recordReturn(Return);
    recordEscapes(S);
  }
}

void FactsBuilder::transferInitializer(const CXXCtorInitializer *Init) {
  // `fd_(socket(...))`, `acceptor_(io, endpoint)`: a member set up in the
  // constructor, as a local is by its declaration.
  const FieldDecl *Field = Init->getMember();
  const Expr *Value = Init->getInit();
  if (!Field || !Value)
    return;
  Place Where{Field, {}};
  State.forget(Where);
  QualType Type = Field->getType();
  if (Recording)
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(stripImplicit(Value)))
      recordBindingConstruction(Where, Type, Construct);
  if (Type->isIntegerType()) {
    setSocket(Where, originOfStored(Value));
    if (Recording)
      Facts.StoredOrigins[Value] = originOf(Value);
  }
  else if (isSocketAddressType(Type) || isAsioEndpointType(Type))
    State.Addresses[Where] = valueOfInitializer(Value, Type);
  noteWrite(Where, false);
}

std::optional<AddressValue>
FactsBuilder::copiedAddress(const Expr *Source) const {
  const Expr *Stripped = Source->IgnoreParenCasts();
  if (const auto *Op = dyn_cast<UnaryOperator>(Stripped);
      Op && Op->getOpcode() == UO_AddrOf)
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Op->getSubExpr()->IgnoreParens()))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
          Var && !Var->hasLocalStorage() && Var->getType().isConstQualified() &&
          isSocketAddressType(Var->getType()))
        return valueOfInitializer(Ref, Var->getType());
  std::optional<Target> From = targetOfPointer(Source);
  if (!From || From->Part != AddressPart::Whole || From->Weak ||
      isEscaped(From->Where))
    return std::nullopt;
  auto Found = State.Addresses.find(From->Where);
  if (Found == State.Addresses.end() || Found->second.Port.isSymbolic() ||
      Found->second.Family.isSymbolic())
    return std::nullopt;
  return Found->second;
}

void FactsBuilder::transferAddressBuild(const CallExpr *Call,
                                        const AddressBuild &Build) {
  std::optional<Target> T = targetOfPointer(Build.Out);
  if (!T || T->Part != AddressPart::Whole || T->Weak)
    return;
  AddressValue Value;
  Value.Port = AbstractValue::unknown(Call->getBeginLoc());
  uint64_t Family = Build.Family;
  if (Build.Port) {
    AbstractValue Port = integerValue(Build.Port);
    if (Port.isKnown())
      Value.Port = AbstractValue::known(Port.value(), ValueOrigin::Constructed,
                                        Build.Port->getBeginLoc());
    else if (Port.isParameter())
      Value.Port = Port;
  } else if (std::optional<HostPortString> Text = constantHostPort(Build.Text)) {
    Value.Port = AbstractValue::known(
        Text->Port.value_or(0),
        Text->Port ? ValueOrigin::Endpoint : ValueOrigin::TextWithoutPort,
        Text->Where);
    Family = Text->IPv6 ? AfInet6Linux : AfInet;
  }
  if (Family)
    Value.Family =
        AbstractValue::known(Family, ValueOrigin::Constructed, Call->getBeginLoc());
  State.forget(T->Where);
  if (!isEscaped(T->Where))
    State.Addresses[T->Where] = Value;
  noteWrite(T->Where, false);
}

} // namespace clang::tidy::port
