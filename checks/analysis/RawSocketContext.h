//===--- RawSocketContext.h - does a function work with raw/ICMP -*- C++ -*-===//
//
// When a descriptor cannot be traced to its socket() call, the function
// around it still tells: code that names IPPROTO_ICMP, SOCK_RAW, or builds
// IP/ICMP headers works with raw or ping sockets, where port 0 is right.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_RAWSOCKETCONTEXT_H
#define PORTTIDY_ANALYSIS_RAWSOCKETCONTEXT_H

#include "clang/AST/Decl.h"

namespace clang::tidy::port {

/// True if `Function`'s text names raw or ICMP socket machinery.
bool hasRawSocketContext(const FunctionDecl *Function, const ASTContext &Ctx);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_RAWSOCKETCONTEXT_H
