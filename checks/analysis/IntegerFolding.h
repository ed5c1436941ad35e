//===--- IntegerFolding.h - constant values of port expressions -*- C++ -*-===//
//
// Ports reach socket calls through many spellings: literals, macros,
// enumerators, const variables, casts, and every form of byte-order
// conversion (`htons` as a call, glibc's -O2 `__bswap_16`, the builtin,
// macOS `_OSSwapInt16`, the big-endian identity). This folds them all.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_INTEGERFOLDING_H
#define PORTTIDY_ANALYSIS_INTEGERFOLDING_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace clang::tidy::port {

/// What a call does to the byte order of its integer argument.
enum class ByteOrderConversion {
  None,     ///< not a conversion
  Short,    ///< htons/ntohs and their 16-bit swap spellings
  Long,     ///< htonl/ntohl and their 32-bit swap spellings
  Identity, ///< the big-endian spelling: `__uint16_identity` and friends
};

/// The conversion `Call` performs, recognised by the callee's name.
ByteOrderConversion classifyByteOrderCall(const CallExpr *Call);

/// The callee names of one kind of conversion (empty for None).
llvm::ArrayRef<llvm::StringRef>
byteOrderConversionNames(ByteOrderConversion Kind);

/// The value `E` certainly has, if it is a compile-time constant once
/// byte-order conversions are folded (as on a little-endian host). Reads of
/// non-const variables, parameters and fields are not constants.
std::optional<uint64_t> foldInteger(const Expr *E, const ASTContext &Ctx);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_INTEGERFOLDING_H
