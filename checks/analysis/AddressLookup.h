//===--- AddressLookup.h - getaddrinfo() and the port its service gives -*- C++ -*-===//
//
// getaddrinfo() turns a host and a service string into a list of addresses.
// With no service, or the service "0", every address in the list has port
// 0: connecting to one of them, or binding one and never learning the port,
// is the same mistake as writing `sin_port = 0`. This file answers which
// calls are such lookups and what their service argument says; the dataflow
// (FactsLookup.cpp) makes the result list a followed object.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_ADDRESSLOOKUP_H
#define PORTTIDY_ANALYSIS_ADDRESSLOOKUP_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <optional>

namespace clang::tidy::port {

/// What a lookup's service argument says about the port of its results.
enum class ServicePort {
  None,  ///< a null service: every result has port 0
  Zero,  ///< the numeric service "0"
  Other, ///< a port, a service name, or anything not known here
};

/// A getaddrinfo() call (or Winsock's GetAddrInfoA/W) and its operands.
struct AddressLookup {
  const Expr *Service = nullptr;
  const Expr *Hints = nullptr;
  const Expr *Result = nullptr; ///< `&res`, where the list is returned
  ServicePort Port = ServicePort::Other;
};

/// Recognises `Call` as an address lookup, or returns std::nullopt.
std::optional<AddressLookup> recognizeAddressLookup(const CallExpr *Call,
                                                    ASTContext &Ctx);

/// The fields of `struct addrinfo` that every result copies from the
/// hints when they are set there: ai_family, ai_socktype, ai_protocol.
bool isCopiedHintField(const FieldDecl *Field);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_ADDRESSLOOKUP_H
