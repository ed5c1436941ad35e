//===--- BindMatchers.cpp - every way a socket gets bound -----------------===//

#include "BindMatchers.h"
#include "CalleeNames.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::port {

void addBindMatchers(MatchFinder *Finder, MatchFinder::MatchCallback *Callback,
                     std::shared_ptr<SocketAnalysis> Analysis) {
  Finder->addMatcher(
      callExpr(calleeNamedOrHelper(socketFunctionNames(SocketRole::Bind),
                                   std::move(Analysis)),
               unless(isExpansionInSystemHeader()))
          .bind(BindCallId),
      Callback);
  // `tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));` binds too.
  Finder->addMatcher(
      cxxConstructExpr(argumentCountAtLeast(2),
                       hasDeclaration(cxxConstructorDecl(ofClass(hasAnyName(
                           "basic_socket_acceptor", "basic_stream_socket",
                           "basic_datagram_socket")))),
                       unless(isExpansionInSystemHeader()))
          .bind(BindConstructId),
      Callback);
}

const Expr *matchedBindExpr(const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>(BindCallId))
    return Call;
  return Result.Nodes.getNodeAs<CXXConstructExpr>(BindConstructId);
}

const CallFacts *matchedBind(const MatchFinder::MatchResult &Result,
                             const FunctionFacts &InFunction) {
  const CallFacts *Bind = nullptr;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>(BindCallId)) {
    // A helper may bind the caller's socket (or one it returns).
    for (const CallFacts *Facts : InFunction.callsAt(Call))
      if (Facts->Api.Role == SocketRole::Bind && Facts->Socket) {
        Bind = Facts;
        break;
      }
  } else if (const auto *Construct =
               Result.Nodes.getNodeAs<CXXConstructExpr>(BindConstructId))
    Bind = InFunction.lookup(Construct);
  if (!Bind || Bind->Api.Role != SocketRole::Bind || !Bind->Socket)
    return nullptr;
  return Bind;
}

} // namespace clang::tidy::port
