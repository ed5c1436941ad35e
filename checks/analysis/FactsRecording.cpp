//===--- FactsRecording.cpp - what the final pass records ------------------===//

#include "FactsBuilder.h"
#include "AddressTypes.h"
#include "ExprShapes.h"
#include "IntegerFolding.h"
#include "SocketCreation.h"
#include "TargetStrings.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::port {

namespace {
/// A use made here; recordUse() gives it its place in the CFG.
SocketUse useOf(SocketUse::Kind What, SocketRole Role, Place Socket,
                const Stmt *Where) {
  SocketUse Use;
  Use.What = What;
  Use.Role = Role;
  Use.Socket = std::move(Socket);
  Use.Where = Where;
  return Use;
}
} // namespace

std::optional<Place> FactsBuilder::socketPlace(const SocketCall &Api) const {
  if (!Api.SocketExpr)
    return std::nullopt;
  const Expr *E = Api.SocketExpr;
  std::optional<Target> T =
      E->IgnoreParenCasts()->getType()->isPointerType() && !isOpaqueHandle(Api.Api)
          ? targetOfPointer(E)
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
  case SocketFamily::Libevent: // bufferevents make TCP sockets
  case SocketFamily::Grpc:     // HTTP/2 over TCP
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
  case SocketFamily::Qt:
    // The object's own class: `udp.connectToHost()` converts it to the
    // QAbstractSocket that declares the member.
    switch (qtSocketClass(Api.SocketExpr
                              ? Api.SocketExpr->IgnoreParenImpCasts()->getType()
                              : QualType())) {
    case QtSocketClass::Tcp:
      Origin.Traced = true;
      Origin.Type = Known(SockStream);
      Origin.Protocol = Known(IpProtoTcp);
      break;
    case QtSocketClass::Udp:
      Origin.Traced = true;
      Origin.Type = Known(SockDgram);
      Origin.Protocol = Known(IpProtoUdp);
      break;
    case QtSocketClass::Either:
    case QtSocketClass::None:
      break;
    }
    return Origin;
  case SocketFamily::Zmq: {
    // The endpoint decides the transport: a TCP one is a stream socket's,
    // the others (ipc, inproc, udp, pgm...) are not followed.
    std::optional<EndpointString> Endpoint = constantEndpoint(Api.AddressExpr);
    if (Endpoint && isTcpTransport(Endpoint->Transport)) {
      Origin.Traced = true;
      Origin.Type = Known(SockStream);
      Origin.Protocol = Known(IpProtoTcp);
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
  if (Api.PortExpr) {
    // A host name and a port: the name resolves to internet addresses.
    AbstractValue Port = integerValue(Api.PortExpr);
    Facts.State = AddressFacts::Kind::Tracked;
    Facts.Value.IsEndpoint = true;
    // `server.listen()`: a port left out is the declaration's default.
    const auto *Default = dyn_cast<CXXDefaultArgExpr>(Api.PortExpr);
    SourceLocation Where = Default ? Api.CallLoc : Api.PortExpr->getBeginLoc();
    Facts.Value.Port =
        Port.isKnown()
            ? AbstractValue::known(Port.value(),
                                   Default ? ValueOrigin::DefaultArgument
                                           : ValueOrigin::Constructed,
                                   Where)
            : AbstractValue::unknown(Where);
    return Facts;
  }
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
  if (Api.Api == SocketFamily::Zmq)
    return endpointFacts(Api);
  if (Api.Api == SocketFamily::Grpc) {
    // A constant target with a port; any other is not followed.
    std::optional<GrpcTarget> Target = constantGrpcTarget(Api.AddressExpr);
    if (!Target || !Target->Port)
      return Facts;
    Facts.State = AddressFacts::Kind::Tracked;
    Facts.Value.IsEndpoint = true;
    Facts.Value.Port =
        AbstractValue::known(*Target->Port, ValueOrigin::Endpoint, Target->Where);
    return Facts;
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
    const FieldDecl *Name = messageNameField(HeaderType);
    if (!Name)
      return Facts;
    auto Found = State.Pointers.find(NameField.child(Name));
    if (Found == State.Pointers.end())
      return Facts;
    if (Found->second.What == Pointee::Kind::Null) {
      Facts.State = AddressFacts::Kind::Null;
      return Facts;
    }
    if (std::optional<AddressValue> Value = valueOfLiteral(Found->second)) {
      Facts.State = AddressFacts::Kind::Tracked;
      Facts.Value = *Value;
      return Facts;
    }
    if (Found->second.What != Pointee::Kind::Object ||
        Found->second.Part != AddressPart::Whole)
      return Facts;
    T = Target{Found->second.Object, AddressPart::Whole, false};
  } else if (Address->getType()->isPointerType()) {
    Pointee Points = pointeeOf(Address);
    if (std::optional<AddressValue> Value = valueOfLiteral(Points)) {
      Facts.State = AddressFacts::Kind::Tracked;
      Facts.Value = *Value;
      return Facts;
    }
    if (Points.What == Pointee::Kind::Object)
      T = Target{Points.Object, Points.Part, false};
    else
      T = targetOfPointer(Address);
  } else {
    T = targetOfLValue(Address); // asio endpoints are passed by reference
  }
  if (!T || T->Part != AddressPart::Whole || T->Weak)
    return Facts;
  Facts.Object = T->Where;
  if (isEscaped(T->Where))
    return Facts;
  auto Found = State.Addresses.find(T->Where);
  if (Found == State.Addresses.end() || Found->second.Weak)
    return Facts;
  Facts.State = AddressFacts::Kind::Tracked;
  Facts.Value = Found->second;
  return Facts;
}

AddressFacts FactsBuilder::endpointFacts(const SocketCall &Api) const {
  AddressFacts Facts;
  Facts.State = AddressFacts::Kind::Untracked;
  std::optional<EndpointString> Endpoint = constantEndpoint(Api.AddressExpr);
  if (!Endpoint || !isTcpTransport(Endpoint->Transport))
    return Facts;
  // `*` asks for an ephemeral port on bind; zmq_connect() refuses it.
  bool Ephemeral = Endpoint->WildcardPort && Api.Role == SocketRole::Bind;
  if (!Endpoint->Port && !Ephemeral)
    return Facts;
  Facts.State = AddressFacts::Kind::Tracked;
  Facts.Value.IsEndpoint = true;
  Facts.Value.Port = AbstractValue::known(
      Ephemeral ? 0 : *Endpoint->Port,
      Ephemeral ? ValueOrigin::EndpointWildcard : ValueOrigin::Endpoint,
      Endpoint->Where);
  return Facts;
}

SocketUse FactsBuilder::listenOfBind(SocketUse Bind) {
  // Not a call of its own: a summary records the bind, whose API says it
  // listens, once.
  Bind.Role = SocketRole::Listen;
  Bind.CallIndex = ~0U;
  return Bind;
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
  llvm::SmallVector<unsigned, 1> &Slots = Facts.CallIndex[Call];
  if (Slots.empty()) {
    Slots.push_back(Facts.Calls.size());
    Facts.Calls.push_back(std::move(Result));
  } else {
    Facts.Calls[Slots.front()] = std::move(Result);
  }
  if (Facts.Calls[Slots.front()].Socket)
    recordCallUse(Slots.front());
}

void FactsBuilder::recordCallUse(unsigned CallIndex) {
  const CallFacts &Recorded = Facts.Calls[CallIndex];
  SocketUse Use = useOf(SocketUse::Kind::Call, Recorded.Api.Role,
                        *Recorded.Socket, Recorded.Call);
  Use.CallIndex = CallIndex;
  recordUse(Use);
  // Just after the bind, within this element: what the call also does.
  ++CurrentElement;
  if (Recorded.Api.PortReport && isReadAfterwards(Recorded.Api.PortReport)) {
    SocketUse Query = Use;
    Query.Role = SocketRole::Query;
    recordUse(std::move(Query));
  }
  // An object of the project's own subclass hands itself to its methods.
  if (Recorded.Api.Api == SocketFamily::Qt && Recorded.Api.SocketExpr &&
      isQtSocketSubclass(Recorded.Api.SocketExpr->IgnoreParenImpCasts()->getType())) {
    SocketUse Escape = Use;
    Escape.What = SocketUse::Kind::Escape;
    Escape.Role = SocketRole::Close;
    recordUse(std::move(Escape));
  }
  if (Recorded.Api.BindListens)
    recordUse(listenOfBind(std::move(Use)));
  --CurrentElement;
}

bool FactsBuilder::isReadAfterwards(const Expr *OutParameter) const {
  // `&selected` of a local: read if the function names it anywhere else.
  // Any other out-parameter (a caller's pointer, a member) may be read
  // elsewhere.
  const auto *AddressOf = dyn_cast<UnaryOperator>(OutParameter->IgnoreParenImpCasts());
  const auto *Ref = AddressOf && AddressOf->getOpcode() == UO_AddrOf
                        ? dyn_cast<DeclRefExpr>(AddressOf->getSubExpr()->IgnoreParens())
                        : nullptr;
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->hasLocalStorage() || isa<ParmVarDecl>(Var) || !Function->getBody())
    return true;
  return namesElsewhere(Function->getBody(), Var, Ref);
}

void FactsBuilder::recordReturnedSocket(const Place &Where, const Expr *Value) {
  // `lev = evconnlistener_new_bind(...)`: the handle the call returns is the
  // socket it bound, followed only in a local variable.
  const auto *Call = dyn_cast<CallExpr>(Value->IgnoreParenCasts());
  const auto *Var = dyn_cast_or_null<VarDecl>(Where.Root);
  if (!Call || !Var || isa<ParmVarDecl>(Var) || !Var->hasLocalStorage() ||
      !Where.Path.empty())
    return;
  auto Found = Facts.CallIndex.find(Call);
  if (Found == Facts.CallIndex.end())
    return;
  CallFacts &Recorded = Facts.Calls[Found->second.front()];
  if (!Recorded.Api.SocketIsResult || Recorded.Socket)
    return;
  Recorded.Socket = Where;
  Recorded.Origin = originForApi(Recorded.Api, Where);
  recordCallUse(Found->second.front());
}

void FactsBuilder::recordBindingConstruction(
    const Place &Where, QualType Type, const CXXConstructExpr *Construct) {
  // asio's `basic_socket_acceptor(ctx, endpoint)` (and the socket templates'
  // same constructor) opens the socket and binds it to the endpoint.
  if (isAsioEndpointType(Type) || asioProtocolName(Type).empty() ||
      Construct->getNumArgs() < 2 ||
      !isAsioEndpointType(Construct->getArg(1)->getType()))
    return;
  SocketCall Api{SocketRole::Bind, SocketFamily::Asio, "bind", std::nullopt, 1,
                 std::nullopt, std::nullopt};
  Api.SocketExpr = Construct; // its type names the protocol
  Api.AddressExpr = Construct->getArg(1);
  CallFacts Result;
  Result.Construct = Construct;
  Result.Api = Api;
  Result.Socket = Where;
  Result.Origin = originForApi(Api, Result.Socket);
  Result.Address = addressFacts(Api);
  Result.Block = CurrentBlock;
  Result.Element = CurrentElement;
  recordUse(useOf(SocketUse::Kind::Call, SocketRole::Bind, *Result.Socket,
                  Construct));
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
    bool Pointer = E->IgnoreParenCasts()->getType()->isPointerType();
    std::optional<Target> T = Pointer ? targetOfPointer(E)
                                      : targetOfLValue(E->IgnoreParenImpCasts());
    if (T && T->Part == AddressPart::Whole)
      recordUse(useOf(SocketUse::Kind::Escape, SocketRole::Close, T->Where, S));
    // A pointer that is itself the handle (a QTcpServer *, ZeroMQ's void *).
    if (Pointer)
      if (std::optional<Target> Handle = targetOfLValue(E->IgnoreParenImpCasts());
          Handle && Handle->Part == AddressPart::Whole)
        recordUse(useOf(SocketUse::Kind::Escape, SocketRole::Close, Handle->Where, S));
  };
  if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
    EscapeOf(Return->getRetValue());
    return;
  }
  const auto *Call = cast<CallExpr>(S);
  if (recognizeSocketCall(Call, Extras))
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  llvm::StringRef Name =
      Callee && Callee->getIdentifier() ? Callee->getName() : "";
  // The project's own functions that learn a socket's port (an option).
  bool Queries = !Name.empty() && llvm::is_contained(Config.QueryFunctions, Name);
  // A summarised helper's uses of its arguments are its events; setsockopt()
  // and friends can neither learn the port nor hand the socket on.
  bool Follows = summaryOf(Call) || isDescriptorNeutralCall(Name);
  unsigned FirstArg = isa<CXXOperatorCallExpr>(Call) &&
                              isa_and_nonnull<CXXMethodDecl>(Callee)
                          ? 1
                          : 0;
  for (unsigned I = FirstArg; I < Call->getNumArgs(); ++I) {
    const Expr *Arg = unwrapTransparentUnion(Call->getArg(I));
    if (Queries) {
      std::optional<Target> T =
          Arg->IgnoreParenCasts()->getType()->isPointerType()
              ? targetOfPointer(Arg)
              : targetOfLValue(Arg->IgnoreParenImpCasts());
      if (T && T->Part == AddressPart::Whole)
        recordUse(useOf(SocketUse::Kind::Call, SocketRole::Query, T->Where, S));
      continue;
    }
    if (!Follows)
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
  Write.Shape = classifyPortValue(
      Value, Ctx, [this](const VarDecl *V) { return orderOfLocal(V); },
      [this](const CallExpr *C) { return orderOfCall(C); });
  Facts.PortWrites.push_back(std::move(Write));
}

void FactsBuilder::recordStoredSocket(const Expr *Value) {
  // `conn->fd = fd;`, `g_fd = fd;`: someone else may use the socket now.
  // A handle that is a pointer value (ZeroMQ's `void *`) has no origin in
  // the state, so every copy of a pointer counts.
  const Expr *Stripped = Value->IgnoreParenImpCasts();
  // Broken code can leave an initializer without a type (found by fuzzing).
  if (Stripped->getType().isNull())
    return;
  bool Pointer = Stripped->getType()->isPointerType();
  if (!Pointer && !Stripped->getType()->isIntegerType())
    return;
  std::optional<Target> T = targetOfLValue(Stripped);
  if (T && T->Part == AddressPart::Whole &&
      (Pointer || State.Sockets.count(T->Where)))
    recordUse(useOf(SocketUse::Kind::Escape, SocketRole::Close, T->Where, Value));
}

void FactsBuilder::recordPassedArguments(const CallExpr *Call) {
  // Only calls of functions other translation units cannot call: theirs is
  // the callers' context.
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || Callee->isExternallyVisible() || !Callee->isDefined())
    return;
  unsigned First = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee);
  if (llvm::none_of(Callee->parameters(), [](const ParmVarDecl *P) {
        return P->getType()->isIntegerType();
      }))
    return;
  std::vector<PassedArgument> &Arguments = Facts.Passed[Call];
  Arguments.clear();
  for (unsigned I = 0; I < Callee->getNumParams(); ++I) {
    PassedArgument Passed;
    if (First + I < Call->getNumArgs()) {
      const Expr *Arg = Call->getArg(First + I);
      if (Arg->getType()->isIntegerType()) {
        Passed.Origin = originOf(Arg);
        Passed.Value = integerValue(Arg);
      }
    }
    Arguments.push_back(std::move(Passed));
  }
}

} // namespace clang::tidy::port
