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
  return Call ? Unit.summaryOf(Call) : nullptr;
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
  AbstractValue Passed = integerValue(Arg);
  if (Passed.isKnown())
    return AbstractValue::known(Passed.value(), ValueOrigin::Assigned,
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
  // An untouched port keeps the caller's stores.
  if (Value.Port.isEntry())
    Result.PortStores = Old.PortStores;
  Result.Weak = Value.Weak || Old.Weak;
  if (!Result.FilledBy && !Value.Port.isEntry()) {
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
                                const FunctionSummary &Summary,
                                const std::optional<Place> &Returned) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return;
  // A call is recorded once, in the pass over its own element (or, for the
  // returned socket's events, over the statement that keeps the result).
  const unsigned Base = CurrentElement;
  unsigned Next = 0;
  for (const SocketEvent &Event : Summary.Events) {
    bool OnReturned = Event.Socket.What == Subject::Kind::Return;
    if (OnReturned != Returned.has_value())
      continue;
    std::optional<Place> SocketAt = OnReturned ? Returned
                                               : placeAtCall(Event.Socket, Call);
    if (!SocketAt)
      continue;
    CurrentElement = Base + std::min(Next++, SubPositions - 1);
    SocketUse Use;
    Use.Socket = *SocketAt;
    Use.Where = Call;
    Use.Chain = Event.Chain;
    if (Event.What == SocketEvent::Kind::Escape) {
      Use.What = SocketUse::Kind::Escape;
      recordUse(std::move(Use));
      continue;
    }

    CallFacts Facts;
    Facts.Call = Call;
    Facts.Api = Event.Api;
    Facts.Api.Name = Callee->getName();
    Facts.Socket = SocketAt;
    Facts.Origin = storedOrigin(*SocketAt);
    if (Event.Socket.What == Subject::Kind::Parameter && Event.Socket.Path.empty())
      Facts.Api.SocketExpr = argumentFor(Call, Event.Socket.Index);
    if (Event.NullAddress) {
      Facts.Address.State = AddressFacts::Kind::Null;
    } else if (Event.Address) {
      Facts.Address.State = AddressFacts::Kind::Tracked;
      Facts.Address.Value = *Event.Address;
      if (Event.AddressOf) {
        std::optional<Place> Object = placeAtCall(*Event.AddressOf, Call);
        auto Old = Object ? State.Addresses.find(*Object) : State.Addresses.end();
        if (!Object || Old == State.Addresses.end() || isEscaped(*Object) ||
            Old->second.Weak) {
          Facts.Address.State = AddressFacts::Kind::Untracked;
        } else {
          Facts.Address.Value = resolveAddress(*Event.Address, &Old->second, Call);
        }
        Facts.Address.Object = Object;
        Facts.Api.AddressExpr = argumentFor(Call, Event.AddressOf->Index);
      }
    } else if (Event.Api.AddressArg) {
      Facts.Address.State = AddressFacts::Kind::Untracked;
    }
    Facts.Block = CurrentBlock;
    Facts.Element = CurrentElement;
    Facts.Chain = Event.Chain;

    unsigned Index = this->Facts.Calls.size();
    this->Facts.Calls.push_back(std::move(Facts));
    this->Facts.CallIndex[Call].push_back(Index);
    Use.Role = Event.Api.Role;
    Use.CallIndex = Index;
    recordUse(std::move(Use));
  }
  CurrentElement = Base;
}

} // namespace clang::tidy::port
