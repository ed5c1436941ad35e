//===--- ByteOrder.h - host or network byte order of a value ----*- C++ -*-===//
//
// Ports in sin_port/sin6_port are in network byte order. A value is known to
// be in host order when it comes from atoi/strtol or from arithmetic
// (arithmetic on a network-order value is meaningless, which is what makes
// this precise), and in network order when it comes out of htons().
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_BYTEORDER_H
#define PORTTIDY_ANALYSIS_BYTEORDER_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <cstdint>
#include <optional>

namespace clang::tidy::port {

/// What is known of an integer's byte order. `Host` absorbs `Unknown` on
/// joins (a variable that is ever incremented is a host-order counter);
/// `Network` does not, and a conflict is `Mixed`.
enum class ByteOrder { Unknown, Host, Network, Mixed };

ByteOrder joinByteOrder(ByteOrder A, ByteOrder B);

/// How a value stored into a port field was produced.
struct PortValueShape {
  enum class Kind {
    Constant,       ///< a constant, not converted (`sin_port = 8080`)
    ShortConversion,///< htons(x) / ntohs(x) or a 16-bit swap spelling
    LongConversion, ///< htonl(x) / ntohl(x) on a port
    Plain,          ///< anything else, classified by `Order`
  };
  Kind What = Kind::Plain;
  /// For conversions: the callee as written (`htons`, `__bswap_16`, ...),
  /// and whether it is the "to host" direction (ntohs/ntohl).
  const CallExpr *Conversion = nullptr;
  bool ToHost = false;
  /// The value, or for conversions the converted operand.
  const Expr *Operand = nullptr;
  std::optional<uint64_t> Constant; ///< of Operand, if constant
  ByteOrder Order = ByteOrder::Unknown; ///< of Operand
  /// For a conversion of a conversion (`htons(ntohs(x))`): the order of the
  /// inner operand `x`, which a round trip stores unchanged.
  ByteOrder InnerOrder = ByteOrder::Unknown;
};

/// What the dataflow knows of a helper call's result (see FunctionSummary).
using CallOrder = llvm::function_ref<ByteOrder(const CallExpr *)>;

/// Classifies `E`. `LocalOrder` answers for a local variable read,
/// `OfCall` for a call of a helper.
PortValueShape
classifyPortValue(const Expr *E, const ASTContext &Ctx,
                  llvm::function_ref<ByteOrder(const VarDecl *)> LocalOrder,
                  CallOrder OfCall = nullptr);

/// The conversion's name as the user wrote it: `htons` even where glibc's
/// -O2 macro turned it into `__bswap_16`.
llvm::StringRef conversionSpelling(const CallExpr *Call, const ASTContext &Ctx);

/// The byte order `E` certainly has.
ByteOrder
byteOrderOf(const Expr *E, const ASTContext &Ctx,
            llvm::function_ref<ByteOrder(const VarDecl *)> LocalOrder,
            CallOrder OfCall = nullptr);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_BYTEORDER_H
