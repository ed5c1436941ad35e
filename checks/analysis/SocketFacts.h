//===--- SocketFacts.h - what the analysis answers about a call -*- C++ -*-===//

#ifndef PORTTIDY_ANALYSIS_SOCKETFACTS_H
#define PORTTIDY_ANALYSIS_SOCKETFACTS_H

#include "AbstractValue.h"
#include "ByteOrder.h"
#include "Place.h"
#include "SocketApi.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang::tidy::port {

/// The `socket()` call a descriptor comes from, as far as it is known.
struct SocketOrigin {
  /// False when the descriptor could not be traced to its creation.
  bool Traced = false;
  /// Inside a function: the descriptor its caller passed as this argument
  /// (not traced here; a summary or the callers' context resolves it).
  std::optional<unsigned> Parameter;
  AbstractValue Domain = AbstractValue::unknown();
  AbstractValue Type = AbstractValue::unknown(); ///< without SOCK_* flags
  AbstractValue Protocol = AbstractValue::unknown();
  /// The protocol is ICMP or ICMPv6 on every path, even where paths
  /// disagree on which (a socket made for either family).
  bool Icmp = false;
  /// No descriptor at all: a constant such as -1 stored before the socket
  /// is opened or after it is closed. Paths that meet keep the other side.
  bool NoSocket = false;
  const Expr *Creator = nullptr;

  static SocketOrigin parameter(unsigned Index) {
    SocketOrigin Origin;
    Origin.Parameter = Index;
    return Origin;
  }
  static SocketOrigin none() {
    SocketOrigin Origin;
    Origin.NoSocket = true;
    return Origin;
  }
  bool isIcmp() const;
  SocketOrigin join(const SocketOrigin &Other) const;
  bool operator==(const SocketOrigin &Other) const {
    return Traced == Other.Traced && Parameter == Other.Parameter &&
           Domain == Other.Domain && Type == Other.Type &&
           Protocol == Other.Protocol && Icmp == Other.Icmp &&
           NoSocket == Other.NoSocket;
  }
};

/// The kinds of socket that decide whether a port matters.
enum class SocketKind {
  Stream,    ///< TCP (and other connection-oriented sockets)
  Datagram,  ///< UDP
  RawOrIcmp, ///< raw, ping (SOCK_DGRAM + IPPROTO_ICMP) or AF_PACKET
  Local,     ///< AF_UNIX: no ports at all
  Unknown,   ///< TCP or UDP: not traced, or created from variables
};

/// TCP and UDP sockets (known or presumed) are the ones with ports.
inline bool hasPorts(SocketKind Kind) {
  return Kind != SocketKind::RawOrIcmp && Kind != SocketKind::Local;
}

/// An address object's port and family at one program point.
struct AddressValue {
  AbstractValue Port = AbstractValue::unknown();
  AbstractValue Family = AbstractValue::unknown();
  bool IsEndpoint = false; ///< an asio endpoint: host order, internet family
  /// A getaddrinfo() result: an IPv4 or IPv6 address while no family is
  /// stored into it.
  bool FromLookup = false;
  bool Weak = false;       ///< an array element: other elements may differ
  /// The values explicitly stored into the port field (by assignment or in
  /// an initializer) that decide the port on some path to here; empty when
  /// the port was only zeroed, constructed or never set. Kept sorted.
  llvm::SmallVector<const Expr *, 2> PortStores;
  /// The call of a helper that filled or returned the object, and the
  /// return statement inside it, for notes; null when filled here.
  const Expr *FilledBy = nullptr;
  const Stmt *FilledAt = nullptr;

  AddressValue join(const AddressValue &Other) const;
  bool operator==(const AddressValue &Other) const {
    return Port == Other.Port && Family == Other.Family &&
           IsEndpoint == Other.IsEndpoint && FromLookup == Other.FromLookup &&
           Weak == Other.Weak &&
           PortStores == Other.PortStores && FilledBy == Other.FilledBy &&
           FilledAt == Other.FilledAt;
  }
  /// True if the family is certainly AF_INET or AF_INET6 (on any platform).
  bool isInternet() const;
};

/// What a call receives as its address argument.
struct AddressFacts {
  enum class Kind {
    Absent,    ///< the call takes none, or it was not given
    Null,      ///< a null pointer: no destination (connected socket)
    Tracked,   ///< an object whose port and family are followed here
    Untracked, ///< anything else: filled elsewhere, escaped, a parameter...
  };
  Kind State = Kind::Absent;
  AddressValue Value;
  /// The object received, whenever it resolves to one place (also when it
  /// is Untracked: a getsockname() target need not be initialised).
  std::optional<Place> Object;

  /// True if the address is followed here, is an internet address, and its
  /// port is 0 on every path: what every port-0 check starts from.
  bool isCertainlyPortZero() const {
    return State == Kind::Tracked && Value.Port.is(0) && Value.isInternet();
  }
};

/// The calls inside helpers that lead from a call site to the socket call
/// made there on the caller's behalf: the first is in the helper's body, the
/// last is the socket call. Empty for a socket call made directly.
using CallChain = llvm::SmallVector<const Expr *, 2>;

/// Everything known about one socket call.
struct CallFacts {
  const CallExpr *Call = nullptr;
  /// Instead of `Call`: an asio socket or acceptor constructed on an
  /// endpoint, which opens and binds it (recorded as a Bind).
  const CXXConstructExpr *Construct = nullptr;
  SocketCall Api;
  std::optional<Place> Socket; ///< where the descriptor or handle lives
  SocketOrigin Origin;
  AddressFacts Address;
  const CFGBlock *Block = nullptr;
  unsigned Element = 0;
  /// For a call of a helper that makes this socket call on the caller's
  /// socket: the way there (see CallChain).
  CallChain Chain;
};

/// Something that happens to a descriptor after a point: a socket call on
/// it, or its escape (returned, stored, passed to an unknown function).
struct SocketUse {
  enum class Kind { Call, Escape };
  Kind What = Kind::Call;
  SocketRole Role = SocketRole::Close; ///< for Kind::Call
  Place Socket;
  const Stmt *Where = nullptr;
  unsigned Element = 0;
  const CFGBlock *Block = nullptr;
  /// Made by a helper called at `Where` (see CallChain).
  CallChain Chain;
  /// The facts of the socket call, for a Call use (FunctionFacts' own
  /// numbering; ~0U for an escape).
  unsigned CallIndex = ~0U;

  /// Where notes about the use point: inside the helper that makes it.
  const Stmt *noteLocation() const {
    return Chain.empty() ? Where : Chain.back();
  }
};

/// A store into an address object's port field, by assignment or in an
/// initializer.
struct PortWrite {
  Place Object; ///< empty when the object is not followed (a global)
  const FieldDecl *Field = nullptr; ///< sin_port or sin6_port
  const Expr *Value = nullptr;      ///< what is stored
  PortValueShape Shape;             ///< how it was produced
};

/// An argument a helper stores into a port field (see PortParameterUse):
/// its byte order is the caller's to get right.
struct PortArgument {
  const CallExpr *Call = nullptr;
  const Expr *Value = nullptr;     ///< the argument
  PortValueShape Shape;            ///< how the argument was produced
  bool Converted = false;          ///< the helper converts it with htons()
  const Expr *Store = nullptr;     ///< the store inside the helper
};

/// A read of an address object's port after it was filled: the port field
/// read, or the whole object copied, returned or handed to a function.
struct AddressRead {
  Place Object;
  AddressPart Part = AddressPart::Whole; ///< Port for a read of the field
  const Stmt *Where = nullptr;
  unsigned Element = 0;
  const CFGBlock *Block = nullptr;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_SOCKETFACTS_H
