//===--- PortReads.h - ports read in network order, used as numbers -*- C++
//-*-===//
//
// sin_port and sin6_port hold the port in network byte order. A read of one
// that is printed, compared with a number, used in arithmetic or as an array
// index without ntohs() uses a different number than the port: 53 reads as
// 13568 on a little-endian host. This answers, for one function body, which
// reads are used that way: directly, or through the locals (and fields of
// locals) they are stored into, each use of which counts.
//
// It is flow-insensitive on purpose: a local is followed only when every
// value ever stored into it is a port read (or another followed local), and
// nothing else can reach it (its address is never taken), so it holds
// network order wherever it is read.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_PORTREADS_H
#define PORTTIDY_ANALYSIS_PORTREADS_H

#include "BodyParents.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <vector>

namespace clang::tidy::port {

/// How a value is used as a host-order number.
enum class NumberUse {
  Printed,    ///< printf-family integer conversion, ostream <<, to_string
  Compared,   ///< == / != an order-dependent number; <, >= a number
  Arithmetic, ///< + - * / %, unary -, ++, +=
  Index,      ///< an array index
};

/// A port-field read whose value is used as a host-order number.
struct PortNumberRead {
  const MemberExpr *Read = nullptr; ///< the sin_port / sin6_port access
  const FieldDecl *Field = nullptr;
  NumberUse Use = NumberUse::Printed;
  /// The local (or field of a local) the read was stored into, whose use
  /// makes it a number; null when the read itself is used so.
  const ValueDecl *Through = nullptr;
  /// Where that use reads `Through` (null for a direct use).
  const Expr *UseRead = nullptr;
  /// The read is also a write (`sa.sin_port++`, `sa.sin_port += 1`).
  bool Modified = false;
  /// True if no use of the value needs network order, so that converting
  /// it with ntohs() at the read is right everywhere: always for a direct
  /// use; for a local, when every use of it is numeric or order-neutral
  /// (`if (port)`, `port == 0`).
  bool EveryUseIsNumeric = true;
};

/// The port reads in `Body` used as host numbers, in source order. Reads in
/// lambdas and blocks belong to those. Functions with no port read at all
/// cost one walk: `Parents` is asked only when there is one.
std::vector<PortNumberRead>
findPortNumberReads(const Stmt *Body, const ASTContext &Ctx,
                    llvm::function_ref<const BodyParents &()> Parents);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_PORTREADS_H
