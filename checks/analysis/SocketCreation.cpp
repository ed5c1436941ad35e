//===--- SocketCreation.cpp - what a socket() call creates ----------------===//

#include "SocketCreation.h"
#include "IntegerFolding.h"

namespace clang::tidy::port {

SocketOrigin originOfSocketCreation(const CallExpr *Call, const ASTContext &Ctx,
                                    ArgumentValue ValueOf) {
  SocketOrigin Origin;
  std::optional<SocketCall> Api = recognizeSocketCall(Call);
  if (!Api || Api->Role != SocketRole::Create)
    return Origin;
  // A ZeroMQ socket's transport is chosen per endpoint, not here.
  if (Api->Api == SocketFamily::Zmq) {
    Origin.Traced = true;
    Origin.Creator = Call;
    return Origin;
  }
  if (Call->getNumArgs() < 3)
    return Origin;
  Origin.Traced = true;
  Origin.Creator = Call;
  auto Fold = [&](unsigned Index, uint64_t Mask) {
    const Expr *Arg = Call->getArg(Index);
    if (std::optional<uint64_t> V = foldInteger(Arg, Ctx))
      return AbstractValue::known(*V & Mask, ValueOrigin::Assigned,
                                  Arg->getBeginLoc());
    if (ValueOf) {
      AbstractValue V = ValueOf(Arg);
      // A parameter keeps its flags until the caller's constant is known.
      if (V.isKnown())
        return AbstractValue::known(V.value() & Mask, V.origin(),
                                    Arg->getBeginLoc());
      if (V.isParameter())
        return V;
    }
    return AbstractValue::unknown(Arg->getBeginLoc());
  };
  Origin.Domain = Fold(0, ~uint64_t(0));
  Origin.Type = Fold(1, SockTypeMask); // SOCK_NONBLOCK|SOCK_CLOEXEC dropped
  Origin.Protocol = Fold(2, ~uint64_t(0));
  Origin.Icmp = Origin.isIcmp();
  return Origin;
}

RawSocketKind classifyRawSocket(const SocketOrigin &Origin) {
  if (Origin.Traced && Origin.isIcmp() &&
      (!Origin.Domain.isKnown() || !Origin.Type.isKnown() ||
       !Origin.Protocol.isKnown()))
    return RawSocketKind::RawOrPing;
  if (!Origin.Traced || !Origin.Domain.isKnown() || !Origin.Type.isKnown() ||
      !Origin.Protocol.isKnown())
    return RawSocketKind::None;
  bool V4 = Origin.Domain.is(AfInet), V6 = Origin.Domain.is(AfInet6Linux);
  if (!V4 && !V6)
    return RawSocketKind::None;
  if (Origin.Type.is(SockRaw))
    return V4 ? RawSocketKind::RawV4 : RawSocketKind::RawV6;
  bool Icmp = V4 ? Origin.Protocol.is(IpProtoIcmp)
                 : Origin.Protocol.is(IpProtoIcmpV6);
  return Origin.Type.is(SockDgram) && Icmp ? RawSocketKind::Ping
                                           : RawSocketKind::None;
}

} // namespace clang::tidy::port
