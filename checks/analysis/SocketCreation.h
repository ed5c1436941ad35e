//===--- SocketCreation.h - what a socket() call creates --------*- C++ -*-===//
//
// The Linux values of the socket() constants the analysis reasons about, and
// the origin a socket() call gives its descriptor: domain, type (SOCK_*
// flags masked off) and protocol, each known when it folds to a constant.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_SOCKETCREATION_H
#define PORTTIDY_ANALYSIS_SOCKETCREATION_H

#include "SocketFacts.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <cstdint>

namespace clang::tidy::port {

constexpr uint64_t SockStream = 1, SockDgram = 2, SockRaw = 3,
                   SockSeqPacket = 5, SockTypeMask = 0xf;
constexpr uint64_t AfUnix = 1, AfInet = 2, AfInet6Linux = 10, AfPacket = 17;
constexpr uint64_t IpProtoIcmp = 1, IpProtoIgmp = 2, IpProtoTcp = 6,
                   IpProtoUdp = 17, IpProtoIcmpV6 = 58, IpProtoRaw = 255;

/// The sockets whose address port the kernel does not treat as a port.
enum class RawSocketKind {
  None,   ///< not one of these, or not known to be one
  RawV4,  ///< AF_INET, SOCK_RAW, any protocol: sin_port is ignored
  RawV6,  ///< AF_INET6, SOCK_RAW: sin6_port names the protocol on sends
  Ping,   ///< SOCK_DGRAM + IPPROTO_ICMP(V6): the bound port is the echo id
  /// An ICMP socket whose type or family is not known (a creator that falls
  /// back from a ping socket to a raw one, made for either family): an IPv4
  /// destination's port is ignored either way.
  RawOrPing,
};

/// What `Origin` certainly is: every one of domain, type and protocol must
/// be a known constant (the protocol decides the messages and IPv6), or
/// RawOrPing for an ICMP socket of unknown type or family.
RawSocketKind classifyRawSocket(const SocketOrigin &Origin);

/// The value of a socket() argument: what the caller knows of it.
using ArgumentValue = llvm::function_ref<AbstractValue(const Expr *)>;

/// The origin of the descriptor `Call` returns, if `Call` is a socket()
/// call with three arguments; an untraced origin otherwise. Arguments are
/// folded to constants, or asked of `ValueOf` when it is given.
SocketOrigin originOfSocketCreation(const CallExpr *Call, const ASTContext &Ctx,
                                    ArgumentValue ValueOf = nullptr);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_SOCKETCREATION_H
