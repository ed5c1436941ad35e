//===--- AddressBuilders.h - library calls that fill an address -*- C++ -*-===//
//
// Frameworks fill a sockaddr for the caller from a port number
// (`uv_ip4_addr("1.2.3.4", port, &sa)`) or from a "host:port" string
// (libevent's `evutil_parse_sockaddr_port("1.2.3.4:80", &sa, &len)`). One
// table says which calls do, where the address goes and where its port and
// family come from; the dataflow (FactsTransfer.cpp) stores the result.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_ADDRESSBUILDERS_H
#define PORTTIDY_ANALYSIS_ADDRESSBUILDERS_H

#include "clang/AST/Expr.h"
#include <cstdint>
#include <optional>

namespace clang::tidy::port {

/// A call that fills an address object, and its operands.
struct AddressBuild {
  const Expr *Out = nullptr;  ///< the address object's pointer
  const Expr *Port = nullptr; ///< a port number argument (host order)...
  const Expr *Text = nullptr; ///< ...or a "host[:port]" string argument
  /// The family the call gives, or 0 when the text decides it.
  uint64_t Family = 0;
};

/// Recognises `Call` as one that fills an address, or std::nullopt.
std::optional<AddressBuild> recognizeAddressBuild(const CallExpr *Call);

/// Every callee name recognizeAddressBuild accepts; with WithPortNumber,
/// only those given the port as a number.
std::vector<llvm::StringRef> addressBuilderNames(bool WithPortNumber = false);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_ADDRESSBUILDERS_H
