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
    Constant,        ///< a constant, not converted (`sin_port = 8080`)
    ShortConversion, ///< htons(x) / ntohs(x) or a 16-bit swap spelling
    LongConversion,  ///< htonl(x) / ntohl(x) on a port
    /// arithmetic on a value in network byte order: `htons(base) + i`,
    /// `other.sin_port + 1`
    NetworkArithmetic,
    Plain, ///< anything else, classified by `Order`
  };
  Kind What = Kind::Plain;
  /// For conversions: the callee as written (`htons`, `__bswap_16`, ...),
  /// and whether it is the "to host" direction (ntohs/ntohl). For
  /// NetworkArithmetic: the conversion that made the operand network order,
  /// if it is one.
  const CallExpr *Conversion = nullptr;
  bool ToHost = false;
  /// The value, or for conversions the converted operand, or for
  /// NetworkArithmetic the operand in network byte order.
  const Expr *Operand = nullptr;
  /// For NetworkArithmetic: the operation.
  const BinaryOperator *Arithmetic = nullptr;
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

/// The byte-order conversion call `E` is, seen through parentheses and casts
/// and through macOS's `__DARWIN_OSSwapInt16(x)` (what its `htons(x)`
/// expands to: `__builtin_constant_p(x) ? <constant swap> : _OSSwapInt16(x)`),
/// or null.
const CallExpr *conversionCallOf(const Expr *E);

/// True if the conversion `Call` yields host byte order: `ntohs`, `be16toh`,
/// `OSSwapBigToHostInt16`... as the user spelled it. The plain swaps
/// (`bswap16`, `_byteswap_ushort`) count as conversions to network order.
bool convertsToHost(const CallExpr *Call, const ASTContext &Ctx);

/// The conversion of the other direction in the same family: `htons` for
/// `ntohs`, `htobe16` for `be16toh`; empty when there is none.
llvm::StringRef counterpartConversion(llvm::StringRef Spelling);

/// The 16-bit conversion of the same family as the 32-bit `Spelling`, in the
/// direction a port field wants: `htons` for `htonl`/`ntohl`, `htobe16` for
/// `htobe32`/`be32toh`; empty when there is none.
llvm::StringRef shortNetworkConversion(llvm::StringRef Spelling);

/// True if `E`, under parentheses and casts, reads sin_port/sin6_port of a
/// socket address: a value in network byte order.
bool isPortFieldRead(const Expr *E);

/// A conversion that writes its result through a pointer argument instead
/// of returning it: Winsock's `WSAHtons(s, host, &net)` and `WSANtohs`.
struct OutParameterConversion {
  unsigned ValueArg; ///< the value converted
  unsigned OutArg;   ///< the pointer the result is stored through
  bool ToHost;
  bool Short; ///< 16 bits (WSAHtons) rather than 32 (WSAHtonl)
};

/// `Call` as an out-parameter conversion, if it is one.
std::optional<OutParameterConversion>
outParameterConversion(const CallExpr *Call);

/// The value of `E` if it is a constant written as a number (`53`, `PORT`,
/// an enumerator), not one made by a conversion (`htons(53)`, a const local
/// initialised with one).
std::optional<uint64_t> foldPlainConstant(const Expr *E, const ASTContext &Ctx);

/// The port a store of `E` into sin_port/sin6_port means, folded as
/// foldInteger() does, except that a 32-bit conversion of a port
/// (`htonl(53)`) means the port it converts, as the 16-bit conversion
/// port-byte-order puts in its place stores it: every check judges the same
/// port, before and after that fix.
std::optional<uint64_t> foldPortStore(const Expr *E, const ASTContext &Ctx);

/// True if the 16-bit `Value` reads the same in both byte orders: 0, 0x0101,
/// 0xffff.
bool isSymmetric16(uint64_t Value);

/// The byte order `E` certainly has.
ByteOrder
byteOrderOf(const Expr *E, const ASTContext &Ctx,
            llvm::function_ref<ByteOrder(const VarDecl *)> LocalOrder,
            CallOrder OfCall = nullptr);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_BYTEORDER_H
