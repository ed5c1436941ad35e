//===--- PrintedArguments.h - is a call's argument printed as a number -*- C++
//-*-===//
//
// A port printed with `%d` shows the number it holds. The printf family is
// recognised by its format attribute (which Clang gives the C library's
// printf, fprintf, snprintf... and glibc declares on syslog and dprintf, and
// which projects put on their own logging functions), the format string
// literal is parsed with Clang's own parser, and the conversion that
// consumes the argument decides. C++'s `std::to_string` and
// `std::ostream <<` print numbers as numbers.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_PRINTEDARGUMENTS_H
#define PORTTIDY_ANALYSIS_PRINTEDARGUMENTS_H

#include "clang/AST/Expr.h"

namespace clang::tidy::port {

/// True if `Call` prints its argument `Arg` as an integer: a printf-style
/// data argument whose conversion in the literal format string is `%d`,
/// `%u`, `%x`... (not `%c`, and never without a literal format), the
/// argument of `std::to_string`, or the right operand of `std::ostream <<`.
bool isPrintedAsInteger(const CallExpr *Call, const Expr *Arg,
                        const ASTContext &Ctx);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_PRINTEDARGUMENTS_H
