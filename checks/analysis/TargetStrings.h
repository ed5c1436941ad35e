//===--- TargetStrings.h - ports spelled inside strings ---------*- C++ -*-===//
//
// Some APIs take the port inside a string: getaddrinfo()'s service ("0"),
// ZeroMQ's endpoints ("tcp://127.0.0.1:*"). This file finds the constant
// string an argument holds and reads the port out of it, once for every
// API that spells ports this way.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_TARGETSTRINGS_H
#define PORTTIDY_ANALYSIS_TARGETSTRINGS_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace clang::tidy::port {

/// The expression that gives `E` its value: `E` itself, or the initializer
/// of a constant it names (`static const char *const kService = "0"`,
/// `const char service[] = "0"`) or of a local that keeps it
/// (`const char *service = NULL;` never assigned).
const Expr *constantValue(const Expr *E);

/// The string literal `E` holds on every path, or null. A `std::string`
/// built from a literal holds it too.
const StringLiteral *constantString(const Expr *E);

/// `std::basic_string<...>`.
bool isStdString(QualType Type);

/// True if getaddrinfo() reads the service `Text` as the port number 0:
/// digits only (it parses numeric services with strtoul), all of them
/// zeros. Narrow or wide (GetAddrInfoW).
bool isNumericZeroService(const StringLiteral &Text);

/// A `transport://address` endpoint string, as ZeroMQ spells them.
struct EndpointString {
  llvm::StringRef Transport; ///< "tcp", "ipc", "inproc", ...
  llvm::StringRef Host;      ///< without brackets around an IPv6 address
  /// The port when it is written in digits; none when it is not
  /// (a wildcard, a name, absent).
  std::optional<uint64_t> Port;
  bool WildcardPort = false; ///< `*`: an ephemeral port, on bind
  SourceLocation Where;      ///< the string, for notes
};

/// Reads `Text` as `transport://[source;]host:port`; std::nullopt when it
/// is not of that shape. The host may be an IPv6 address in brackets.
std::optional<EndpointString> parseEndpoint(llvm::StringRef Text);

/// A numeric "address[:port]" string as libevent's
/// evutil_parse_sockaddr_port() reads it: `1.2.3.4`, `1.2.3.4:80`, `::1`,
/// `[::1]`, `[::1]:80`.
struct HostPortString {
  bool IPv6 = false;
  std::optional<uint64_t> Port; ///< none when the string gives no port
  SourceLocation Where;
};

/// A gRPC target or listening address: `host:port`, `[::1]:port`,
/// `dns:///host:port`, `ipv4:1.2.3.4:port,...`, `ipv6:[::1]:port`.
struct GrpcTarget {
  std::optional<uint64_t> Port; ///< none when the string gives no port
  SourceLocation Where;
};

/// Reads `Text` as a gRPC target; std::nullopt for schemes without a TCP
/// port (`unix:`) or that are not read (another resolver, a named port).
std::optional<GrpcTarget> parseGrpcTarget(llvm::StringRef Text);

/// The gRPC target the constant string `E` holds, or std::nullopt.
std::optional<GrpcTarget> constantGrpcTarget(const Expr *E);

/// Reads the constant string `E` holds as a HostPortString, or
/// std::nullopt (not constant, or a port that is not a number).
std::optional<HostPortString> constantHostPort(const Expr *E);

/// The endpoint the constant string `E` holds (see constantString), or
/// std::nullopt.
std::optional<EndpointString> constantEndpoint(const Expr *E);

/// True for the transports whose endpoints carry a TCP port.
bool isTcpTransport(llvm::StringRef Transport);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_TARGETSTRINGS_H
