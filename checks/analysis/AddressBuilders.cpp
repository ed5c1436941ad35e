//===--- AddressBuilders.cpp - library calls that fill an address ---------===//

#include "AddressBuilders.h"
#include "SocketCreation.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::port {
namespace {

constexpr unsigned NoArg = ~0U;

struct Builder {
  llvm::StringLiteral Name;
  unsigned Arity;
  unsigned OutArg, PortArg, TextArg;
  uint64_t Family; ///< 0: from the text
};

// clang-format off
constexpr Builder Builders[] = {
    // libuv: uv_ip4_addr(const char *ip, int port, struct sockaddr_in *addr).
    {"uv_ip4_addr",                3, 2, 1,     NoArg, AfInet},
    {"uv_ip6_addr",                3, 2, 1,     NoArg, AfInet6Linux},
    // libevent: evutil_parse_sockaddr_port(const char *str, struct sockaddr
    // *out, int *outlen); a string without a port gives port 0.
    {"evutil_parse_sockaddr_port", 3, 1, NoArg, 0,     0},
};
// clang-format on

const Expr *argOrNull(const CallExpr *Call, unsigned Index) {
  return Index == NoArg ? nullptr : Call->getArg(Index);
}

} // namespace

std::optional<AddressBuild> recognizeAddressBuild(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return std::nullopt;
  for (const Builder &B : Builders) {
    if (Callee->getName() != B.Name || Call->getNumArgs() != B.Arity)
      continue;
    return AddressBuild{argOrNull(Call, B.OutArg), argOrNull(Call, B.PortArg),
                        argOrNull(Call, B.TextArg), B.Family};
  }
  return std::nullopt;
}

std::vector<llvm::StringRef> addressBuilderNames(bool WithPortNumber) {
  std::vector<llvm::StringRef> Result;
  for (const Builder &B : Builders)
    if (!WithPortNumber || B.PortArg != NoArg)
      Result.push_back(B.Name);
  return Result;
}

} // namespace clang::tidy::port
