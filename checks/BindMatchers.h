//===--- BindMatchers.h - every way a socket gets bound ---------*- C++ -*-===//

#ifndef PORTTIDY_BINDMATCHERS_H
#define PORTTIDY_BINDMATCHERS_H

#include "analysis/SocketAnalysis.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy::port {

/// Node ids the bind matchers use.
constexpr llvm::StringLiteral BindCallId = "bind-call";
constexpr llvm::StringLiteral BindConstructId = "bind-construct";

/// Registers matchers for bind(), uv_tcp_bind(), uv_udp_bind() calls and
/// calls of helpers that may bind (bound to `BindCallId`) and asio sockets/acceptors constructed on an endpoint,
/// which bind too (`BindConstructId`).
void addBindMatchers(ast_matchers::MatchFinder *Finder,
                     ast_matchers::MatchFinder::MatchCallback *Callback,
                     std::shared_ptr<SocketAnalysis> Analysis);

/// The bind call or construction these matchers found.
const Expr *
matchedBindExpr(const ast_matchers::MatchFinder::MatchResult &Result);

/// The facts of the bind these matchers found, if it is a bind to a socket
/// the analysis can name; null otherwise.
const CallFacts *
matchedBind(const ast_matchers::MatchFinder::MatchResult &Result,
            const FunctionFacts &InFunction);

} // namespace clang::tidy::port

#endif // PORTTIDY_BINDMATCHERS_H
