//===--- BindMatchers.h - every way a socket gets bound ---------*- C++ -*-===//

#ifndef PORTTIDY_BINDMATCHERS_H
#define PORTTIDY_BINDMATCHERS_H

#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy::port {

/// Registers matchers for bind(), uv_tcp_bind(), uv_udp_bind() calls (bound
/// to `CallId`) and asio sockets/acceptors constructed on an endpoint, which
/// bind too (bound to `ConstructId`); the enclosing function is `FunctionId`.
void addBindMatchers(ast_matchers::MatchFinder *Finder,
                     ast_matchers::MatchFinder::MatchCallback *Callback,
                     llvm::StringRef CallId, llvm::StringRef ConstructId,
                     llvm::StringRef FunctionId);

} // namespace clang::tidy::port

#endif // PORTTIDY_BINDMATCHERS_H
