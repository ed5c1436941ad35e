//===--- SummaryExtraction.cpp - what a function does for its callers -----===//
//
// Read off the function's own dataflow once it is done: the state at the
// exit block says what the caller's objects hold on return, the writes
// logged on the way say which of them were touched at all, the recorded
// uses say what happened to the caller's sockets, and the return statements
// what comes back.
//
//===----------------------------------------------------------------------===//

#include "FactsBuilder.h"
#include "AddressTypes.h"
#include "ExprShapes.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::port {
namespace {

// Summaries stay small: a helper with more socket events than this is
// described by its first ones.
constexpr size_t MaxEvents = 32;

/// The integer parameter `E` reads directly, if any.
const ParmVarDecl *parameterRead(const Expr *E, const FunctionDecl *Function) {
  const auto *Ref = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
  const auto *Param = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  return Param && Param->getDeclContext() == Function ? Param : nullptr;
}

/// How a port write uses the parameter it stores, if it stores one.
std::optional<std::pair<const ParmVarDecl *, PortParameterUse>>
portParameterUse(const PortWrite &Write, const FunctionDecl *Function) {
  const PortValueShape &Shape = Write.Shape;
  const ParmVarDecl *Param = parameterRead(Shape.Operand, Function);
  if (!Param)
    return std::nullopt;
  if (Shape.What == PortValueShape::Kind::Plain)
    return std::make_pair(Param, PortParameterUse::AsIs);
  if (Shape.What == PortValueShape::Kind::ShortConversion && !Shape.ToHost)
    return std::make_pair(Param, PortParameterUse::Converted);
  return std::make_pair(Param, PortParameterUse::None);
}

} // namespace

std::optional<Subject> FactsBuilder::subjectOf(const Place &Where) const {
  if (const auto *Param = dyn_cast_or_null<ParmVarDecl>(Where.Root)) {
    if (Param->getDeclContext() != Function)
      return std::nullopt;
    Subject Result;
    Result.Index = Param->getFunctionScopeIndex();
    Result.Path.assign(Where.Path.begin(), Where.Path.end());
    return Result;
  }
  if (const auto *Field = dyn_cast_or_null<FieldDecl>(Where.Root)) {
    if (!isa<CXXMethodDecl>(Function))
      return std::nullopt;
    Subject Result;
    Result.What = Subject::Kind::Member;
    Result.Path.push_back(Field);
    Result.Path.append(Where.Path.begin(), Where.Path.end());
    return Result;
  }
  return std::nullopt;
}

void FactsBuilder::noteWrite(const Place &Where, bool Unknown) {
  if (!Recording)
    return;
  // Only what the caller can see: a parameter's object or a member. A
  // parameter passed by value is the function's own copy.
  const auto *Param = dyn_cast_or_null<ParmVarDecl>(Where.Root);
  if (Param && !(Param->getType()->isPointerType() ||
                 Param->getType()->isReferenceType()))
    return;
  if (!Param && !isa_and_nonnull<FieldDecl>(Where.Root))
    return;
  WrittenValues &Values = Written[Where];
  auto Address = State.Addresses.find(Where);
  auto Socket = State.Sockets.find(Where);
  if (Unknown || (Address == State.Addresses.end() &&
                  Socket == State.Sockets.end())) {
    Values.Unknown = true;
    return;
  }
  if (Address != State.Addresses.end())
    Values.Address = Values.Address ? Values.Address->join(Address->second)
                                    : Address->second;
  if (Socket != State.Sockets.end())
    Values.Socket =
        Values.Socket ? Values.Socket->join(Socket->second) : Socket->second;
}

void FactsBuilder::recordReturn(const ReturnStmt *Return) {
  const Expr *Value = Return->getRetValue();
  if (!Value || Value->containsErrors())
    return;
  ReturnedValue Returned;
  Returned.Return = Return;
  QualType Type = Function->getReturnType();
  if (Type->isIntegerType()) {
    const Expr *Stripped = Value->IgnoreParenImpCasts();
    // `return -1;` on an error path returns no socket, nor a port.
    if (isa<IntegerLiteral>(Stripped->IgnoreParenCasts()) ||
        (isa<UnaryOperator>(Stripped) &&
         isa<IntegerLiteral>(
             cast<UnaryOperator>(Stripped)->getSubExpr()->IgnoreParenImpCasts()))) {
      Returns.push_back(std::move(Returned));
      return;
    }
    {
      Returned.Socket = originOf(Value);
      if (std::optional<Target> T = targetOfLValue(Stripped);
          T && T->Part == AddressPart::Whole && !T->Weak)
        Returned.SocketPlace = T->Where;
    }
    // A port field read as it is holds network order.
    Returned.Order = portFieldOf(Stripped)
                         ? ByteOrder::Network
                         : byteOrderOf(
                               Value, Ctx,
                               [this](const VarDecl *V) { return orderOfLocal(V); },
                               [this](const CallExpr *C) { return orderOfCall(C); });
  } else if (isSocketAddressType(Type) || isAsioEndpointType(Type)) {
    Returned.Address = valueOfInitializer(Value, Type);
  } else if (Type->isPointerType()) {
    Returned.Pointee = targetOfPointer(Value);
  }
  Returns.push_back(std::move(Returned));
}

void FactsBuilder::summarize() {
  FunctionSummary &Summary = Facts.Summary;
  Summary.CallsUnknown = CallsUnknown;

  // Ports taken from integer parameters.
  llvm::DenseMap<const ParmVarDecl *, bool> Conflicting;
  for (const PortWrite &Write : Facts.PortWrites) {
    auto Use = portParameterUse(Write, Function);
    if (!Use)
      continue;
    if (Summary.Parameters.empty())
      Summary.Parameters.resize(Function->getNumParams());
    ParameterSummary &Param =
        Summary.Parameters[Use->first->getFunctionScopeIndex()];
    auto [It, First] = Conflicting.try_emplace(Use->first, false);
    if (!First && Param.Port != Use->second)
      It->second = true;
    Param.Port = It->second ? PortParameterUse::None : Use->second;
    Param.PortStore = Param.PortStore ? Param.PortStore : Write.Value;
  }

  // What the caller's objects hold on return. A function that never
  // returns changes nothing its caller goes on with.
  if (Exit) {
    llvm::DenseSet<const ValueDecl *> ClobberedRoots;
    for (const auto &[Where, Values] : Written) {
      std::optional<Subject> Whose = subjectOf(Where);
      if (!Whose)
        continue;
      // Places named after a pointer that was redirected or copied away
      // may be other objects: the caller forgets what the pointer reaches.
      if (isEscaped(Place{Where.Root, {}})) {
        if (ClobberedRoots.insert(Where.Root).second) {
          PlaceEffect Effect;
          Effect.Where = *subjectOf(Place{Where.Root, {}});
          Effect.Clobbered = true;
          Summary.Effects.push_back(std::move(Effect));
        }
        continue;
      }
      PlaceEffect Effect;
      Effect.Where = *Whose;
      if (auto Found = Exit->Addresses.find(Where);
          Found != Exit->Addresses.end())
        Effect.Address = Found->second;
      if (auto Found = Exit->Sockets.find(Where); Found != Exit->Sockets.end()) {
        Effect.Socket = Found->second;
      } else if (!Values.Unknown && Values.Socket) {
        Effect.Socket = Values.Socket;
        Effect.SocketOnSomePaths = true;
      }
      Effect.Clobbered = !Effect.Address && !Effect.Socket;
      Summary.Effects.push_back(std::move(Effect));
    }
  }

  // What the function returns.
  std::optional<SocketOrigin> Socket;
  std::optional<AddressValue> Address;
  std::optional<unsigned> PortField;
  bool AllPortFields = !Returns.empty();
  ByteOrder Order = ByteOrder::Unknown;
  for (const ReturnedValue &Returned : Returns) {
    if (Returned.Socket)
      Socket = Socket ? Socket->join(*Returned.Socket) : *Returned.Socket;
    if (Returned.Address)
      Address = Address ? Address->join(*Returned.Address) : *Returned.Address;
    Order = &Returned == &Returns.front() ? Returned.Order
                                          : joinByteOrder(Order, Returned.Order);
    std::optional<Subject> Whose =
        Returned.Pointee && Returned.Pointee->Part == AddressPart::Port
            ? subjectOf(Returned.Pointee->Where)
            : std::nullopt;
    if (!Whose || Whose->What != Subject::Kind::Parameter ||
        !Whose->Path.empty() || (PortField && *PortField != Whose->Index))
      AllPortFields = false;
    else
      PortField = Whose->Index;
  }
  if (Socket && (Socket->Traced || Socket->Parameter))
    Summary.Return.Socket = Socket;
  if (Address && Returns.size() == 1) {
    Summary.Return.Address = Address;
    Summary.Return.AddressReturn = Returns.front().Return;
  } else if (Address) {
    Summary.Return.Address = Address;
  }
  if (Order == ByteOrder::Host || Order == ByteOrder::Network)
    Summary.Return.PortOrder = Order;
  if (AllPortFields)
    Summary.Return.PortFieldOf = PortField;
  // Any other pointer into the caller's object lets the caller write it
  // unseen: the object is forgotten at the call.
  if (!Summary.Return.PortFieldOf)
    for (const ReturnedValue &Returned : Returns)
      if (Returned.Pointee)
        if (std::optional<Subject> Whose = subjectOf(Returned.Pointee->Where)) {
          PlaceEffect Effect;
          Effect.Where = *Whose;
          Effect.Where.Path.clear();
          if (Whose->What == Subject::Kind::Member)
            Effect.Where.Path.push_back(Whose->Path.front());
          Effect.Clobbered = true;
          Summary.Effects.push_back(std::move(Effect));
        }

  // What happens to the caller's sockets, in the order the blocks run.
  for (const CFGBlock *Block : Blocks) {
    auto Found = Facts.Uses.find(Block);
    if (Found == Facts.Uses.end())
      continue;
    for (const SocketUse &Use : Found->second) {
      if (Summary.Events.size() == MaxEvents)
        return;
      std::optional<Subject> Whose = subjectOf(Use.Socket);
      if (!Whose) {
        // A local socket the function returns: its events are the caller's.
        bool IsReturned = llvm::any_of(Returns, [&](const ReturnedValue &R) {
          return R.SocketPlace && Use.Socket.isWithin(*R.SocketPlace);
        });
        if (!IsReturned || isa<ReturnStmt>(Use.Where))
          continue;
        Whose = Subject{Subject::Kind::Return, 0, {}};
      }
      SocketEvent Event;
      Event.Socket = *Whose;
      if (Use.What == SocketUse::Kind::Escape) {
        Event.What = SocketEvent::Kind::Escape;
        if (const auto *E = dyn_cast<Expr>(Use.Where))
          Event.Chain.push_back(E);
        Summary.Events.push_back(std::move(Event));
        continue;
      }
      if (Use.CallIndex >= Facts.Calls.size())
        continue;
      const CallFacts &Call = Facts.Calls[Use.CallIndex];
      Event.Api = Call.Api;
      Event.Api.SocketExpr = Event.Api.AddressExpr = Event.Api.PortExpr = nullptr;
      if (Call.Call)
        Event.Chain.push_back(Call.Call);
      else if (Call.Construct)
        Event.Chain.push_back(Call.Construct);
      Event.Chain.append(Call.Chain.begin(), Call.Chain.end());
      switch (Call.Address.State) {
      case AddressFacts::Kind::Null:
        Event.NullAddress = true;
        break;
      case AddressFacts::Kind::Tracked:
        Event.Address = Call.Address.Value;
        if (Call.Address.Object)
          Event.AddressOf = subjectOf(*Call.Address.Object);
        break;
      default:
        break;
      }
      Summary.Events.push_back(std::move(Event));
    }
  }
}

} // namespace clang::tidy::port
