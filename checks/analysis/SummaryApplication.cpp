//===--- SummaryApplication.cpp - a summarised helper's call, at the call -===//
//
// At a call of a helper whose summary is known, the caller's objects change
// only as the summary says, with the caller's own values put in where the
// summary keeps them symbolic, and each socket call the helper makes on the
// caller's sockets becomes a socket call at the call site.
//
//===----------------------------------------------------------------------===//

#include "FactsBuilder.h"
#include "AddressTypes.h"
#include "ExprShapes.h"
#include "SocketCreation.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::port {
namespace {

/// The index of the first argument that is a parameter: an operator
/// method's object is argument 0.
unsigned firstArgument(const CallExpr *Call) {
  return isa<CXXOperatorCallExpr>(Call) &&
                 isa_and_nonnull<CXXMethodDecl>(Call->getDirectCallee())
             ? 1
             : 0;
}

const Expr *argumentFor(const CallExpr *Call, unsigned Parameter) {
  unsigned Index = firstArgument(Call) + Parameter;
  return Index < Call->getNumArgs() ? unwrapTransparentUnion(Call->getArg(Index))
                                    : nullptr;
}

} // namespace

const FunctionSummary *FactsBuilder::summaryOf(const Expr *E) const {
  const auto *Call = dyn_cast_or_null<CallExpr>(E ? E->IgnoreParenCasts() : nullptr);
  if (!Call)
    return nullptr;
  // Asked several times per call (its effects, events, result): once here.
  auto [Slot, Added] = CallSummaries.try_emplace(Call, nullptr);
  if (Added)
    Slot->second = Unit.summaryOf(Call);
  return Slot->second;
}

std::optional<Place> FactsBuilder::placeAtCall(const Subject &S,
                                               const CallExpr *Call) const {
  const FunctionDecl *Callee = Call->getDirectCallee();
  std::optional<Target> T;
  if (S.What == Subject::Kind::Parameter) {
    const Expr *Arg = argumentFor(Call, S.Index);
    if (!Callee || !Arg || S.Index >= Callee->getNumParams())
      return std::nullopt;
    QualType ParamType = parameterType(Callee->getParamDecl(S.Index));
    T = ParamType->isIntegerType() ? targetOfLValue(Arg->IgnoreParenImpCasts())
                                   : targetOfArgument(Arg, ParamType);
    if (!T || T->Part != AddressPart::Whole || T->Weak)
      return std::nullopt;
    Place Result = T->Where;
    Result.Path.insert(Result.Path.end(), S.Path.begin(), S.Path.end());
    return Result;
  }
  if (S.What != Subject::Kind::Member || S.Path.empty())
    return std::nullopt;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  const Expr *Object = Member ? Member->getImplicitObjectArgument() : nullptr;
  if (!Object)
    return std::nullopt;
  Place Result;
  if (isa<CXXThisExpr>(Object->IgnoreParenImpCasts())) {
    Result.Root = S.Path.front();
  } else {
    T = Object->getType()->isPointerType() ? targetOfPointer(Object)
                                           : targetOfLValue(Object);
    if (!T || T->Part != AddressPart::Whole || T->Weak)
      return std::nullopt;
    Result = T->Where.child(S.Path.front());
  }
  Result.Path.insert(Result.Path.end(), S.Path.begin() + 1, S.Path.end());
  return Result;
}

AbstractValue FactsBuilder::resolveValue(const AbstractValue &Value,
                                         const AbstractValue &Before,
                                         const CallExpr *Call) const {
  if (Value.isEntry())
    return Before;
  if (!Value.isParameter())
    return Value;
  const Expr *Arg = argumentFor(Call, Value.parameterIndex());
  if (!Arg)
    return AbstractValue::unknown(Call->getBeginLoc());
  // The value is the caller's argument: "the port is given as 0 here".
  AbstractValue Passed = integerValue(Arg);
  if (Passed.isKnown())
    return AbstractValue::known(Passed.value(), ValueOrigin::Constructed,
                                Arg->getBeginLoc());
  return Passed.isParameter() ? Passed
                              : AbstractValue::unknown(Arg->getBeginLoc());
}

AddressValue FactsBuilder::resolveAddress(const AddressValue &Value,
                                          const AddressValue *Before,
                                          const CallExpr *Call) const {
  AddressValue Unknown;
  const AddressValue &Old = Before ? *Before : Unknown;
  AddressValue Result = Value;
  Result.Port = resolveValue(Value.Port, Old.Port, Call);
  Result.Family = resolveValue(Value.Family, Old.Family, Call);
  Result.Weak = Value.Weak || Old.Weak;
  // An untouched port keeps the caller's stores and the caller's story of
  // where it came from; a port the helper decided is the helper's.
  if (Value.Port.isEntry()) {
    Result.PortStores = Old.PortStores;
    Result.FilledBy = Old.FilledBy;
    Result.FilledAt = Old.FilledAt;
  } else if (!Result.FilledBy) {
    Result.FilledBy = Call;
    Result.FilledAt = nullptr;
  }
  return Result;
}

SocketOrigin FactsBuilder::resolveOrigin(const SocketOrigin &Origin,
                                         const CallExpr *Call) const {
  if (Origin.Parameter) {
    const Expr *Arg = argumentFor(Call, *Origin.Parameter);
    return Arg ? originOf(Arg) : SocketOrigin();
  }
  SocketOrigin Result = Origin;
  auto Resolve = [&](const AbstractValue &V, uint64_t Mask) {
    AbstractValue R = resolveValue(V, AbstractValue::unknown(), Call);
    return R.isKnown() ? AbstractValue::known(R.value() & Mask, R.origin(),
                                              R.location())
                       : R;
  };
  Result.Domain = Resolve(Origin.Domain, ~uint64_t(0));
  Result.Type = Resolve(Origin.Type, SockTypeMask);
  Result.Protocol = Resolve(Origin.Protocol, ~uint64_t(0));
  Result.Icmp = Origin.Icmp || Result.isIcmp();
  return Result;
}

void FactsBuilder::applySummary(const CallExpr *Call,
                                const FunctionSummary &Summary) {
  if (Summary.CallsUnknown) {
    State.forgetMembers();
    CallsUnknown = true;
  }
  for (const PlaceEffect &Effect : Summary.Effects) {
    std::optional<Place> Where = placeAtCall(Effect.Where, Call);
    if (!Where) {
      // An element of an array, say: forget what may have changed.
      if (Effect.Where.What == Subject::Kind::Parameter)
        if (const Expr *Arg = argumentFor(Call, Effect.Where.Index))
          if (std::optional<Target> T = targetOfPointer(Arg))
            havoc(*T);
      continue;
    }
    if (Effect.Clobbered) {
      havoc(Target{*Where, AddressPart::Whole, false});
      continue;
    }
    if (Effect.Address) {
      auto Old = State.Addresses.find(*Where);
      AddressValue New = resolveAddress(
          *Effect.Address, Old != State.Addresses.end() ? &Old->second : nullptr,
          Call);
      if (isEscaped(*Where))
        State.Addresses.erase(*Where);
      else
        State.Addresses[*Where] = New;
    }
    if (Effect.Socket) {
      SocketOrigin New = resolveOrigin(*Effect.Socket, Call);
      if (Effect.SocketOnSomePaths) {
        auto Old = State.Sockets.find(*Where);
        New = Old != State.Sockets.end() ? Old->second.join(New) : SocketOrigin();
      }
      State.Sockets.erase(*Where);
      if (New.Traced || New.Parameter || New.NoSocket)
        State.Sockets[*Where] = New;
    }
    noteWrite(*Where, false);
  }
}

void FactsBuilder::recordEvents(const CallExpr *Call,
                                const FunctionSummary &Summary) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier() || Facts.CallIndex.count(Call))
    return;
  const unsigned Base = CurrentElement;
  unsigned Next = 0;
  for (const SocketEvent &Event : Summary.Events) {
    // The socket the helper returns has no place here until the result is
    // stored (recordReturnedEvents); its calls are made here all the same.
    bool OnReturned = Event.Socket.What == Subject::Kind::Return;
    std::optional<Place> SocketAt;
    if (!OnReturned && !(SocketAt = placeAtCall(Event.Socket, Call)))
      continue;
    CurrentElement = Base + std::min(Next++, SubPositions - 1);
    SocketUse Use;
    if (SocketAt)
      Use.Socket = *SocketAt;
    Use.Where = Call;
    Use.Chain = Event.Chain;
    if (Event.What == SocketEvent::Kind::Escape) {
      Use.What = SocketUse::Kind::Escape;
      OnReturned ? PendingReturned[Call].push_back(std::move(Use))
                 : recordUse(std::move(Use));
      continue;
    }

    CallFacts Made;
    Made.Call = Call;
    Made.Api = Event.Api;
    Made.Api.Name = Callee->getName();
    Made.Socket = SocketAt;
    Made.Origin = SocketAt ? storedOrigin(*SocketAt)
                 : Summary.Return.Socket
                     ? resolveOrigin(*Summary.Return.Socket, Call)
                     : SocketOrigin();
    if (Event.Socket.What == Subject::Kind::Parameter && Event.Socket.Path.empty())
      Made.Api.SocketExpr = argumentFor(Call, Event.Socket.Index);
    if (Event.NullAddress) {
      Made.Address.State = AddressFacts::Kind::Null;
    } else if (Event.Address) {
      Made.Address.State = AddressFacts::Kind::Tracked;
      // The helper's own address: only the ports it was given are the
      // caller's.
      Made.Address.Value = *Event.Address;
      Made.Address.Value.Port =
          resolveValue(Event.Address->Port, AbstractValue::unknown(), Call);
      if (Event.AddressOf) {
        std::optional<Place> Object = placeAtCall(*Event.AddressOf, Call);
        auto Old = Object ? State.Addresses.find(*Object) : State.Addresses.end();
        if (!Object || Old == State.Addresses.end() || isEscaped(*Object) ||
            Old->second.Weak)
          Made.Address.State = AddressFacts::Kind::Untracked;
        else
          Made.Address.Value = resolveAddress(*Event.Address, &Old->second, Call);
        Made.Address.Object = Object;
        Made.Api.AddressExpr = argumentFor(Call, Event.AddressOf->Index);
      }
    } else if (Event.Api.AddressArg) {
      Made.Address.State = AddressFacts::Kind::Untracked;
    }
    Made.Block = CurrentBlock;
    Made.Element = CurrentElement;
    Made.Chain = Event.Chain;

    unsigned Index = Facts.Calls.size();
    Facts.Calls.push_back(std::move(Made));
    Facts.CallIndex[Call].push_back(Index);
    Use.Role = Event.Api.Role;
    Use.CallIndex = Index;
    auto Record = [&](SocketUse Each) {
      OnReturned ? PendingReturned[Call].push_back(std::move(Each))
                 : recordUse(std::move(Each));
    };
    std::optional<SocketUse> Listen;
    if (Event.Api.BindListens)
      Listen = listenOfBind(Use);
    Record(std::move(Use));
    if (Listen) {
      CurrentElement = Base + std::min(Next++, SubPositions - 1);
      Record(std::move(*Listen));
    }
  }
  CurrentElement = Base;
}

void FactsBuilder::recordReturnedEvents(const Expr *Value, const Place &Where) {
  // `int fd = make_listener();`: what the helper did to the socket it
  // returns happened to this one.
  const auto *Call = dyn_cast<CallExpr>(Value->IgnoreParenCasts());
  auto Pending = Call ? PendingReturned.find(Call) : PendingReturned.end();
  if (Pending == PendingReturned.end())
    return;
  const unsigned Base = CurrentElement;
  unsigned Next = 0;
  for (SocketUse &Use : Pending->second) {
    Use.Socket = Where;
    if (Use.CallIndex < Facts.Calls.size())
      Facts.Calls[Use.CallIndex].Socket = Where;
    CurrentElement = Base + std::min(Next++, SubPositions - 1);
    recordUse(std::move(Use));
  }
  CurrentElement = Base;
  PendingReturned.erase(Pending);
}

void FactsBuilder::recordPortArguments(const CallExpr *Call,
                                       const FunctionSummary &Summary) {
  for (unsigned I = 0; I < Summary.Parameters.size(); ++I) {
    const ParameterSummary &Param = Summary.Parameters[I];
    const Expr *Arg = argumentFor(Call, I);
    if (Param.Port == PortParameterUse::None || !Arg)
      continue;
    recordPortArgument(Call, Arg, Param.Port == PortParameterUse::Converted,
                       Param.PortStore);
  }
}

void FactsBuilder::recordPortArgument(const CallExpr *Call, const Expr *Arg,
                                      bool Converted, const Expr *Store) {
  PortArgument Passed;
  Passed.Call = Call;
  Passed.Value = Arg;
  Passed.Converted = Converted;
  Passed.Store = Store;
  Passed.Shape = classifyPortValue(
      Arg, Ctx, [this](const VarDecl *V) { return orderOfLocal(V); },
      [this](const CallExpr *C) { return orderOfCall(C); });
  Facts.PortArguments.push_back(std::move(Passed));
}

} // namespace clang::tidy::port
