//===--- ProbeRaceCheck.cpp - port-probe-race -----------------------------===//
//
// The "find a free port" helper binds a socket to port 0, reads the port the
// kernel chose, closes the socket and hands the number on to be bound again
// later. Between the close and that bind any process may take the port: a
// classic flaky-test and TOCTOU bug. The shared analysis answers which socket
// was bound to port 0, what happened to it afterwards and where the learned
// address is read; this check decides which close releases the port.
//
//===----------------------------------------------------------------------===//

#include "ProbeRaceCheck.h"
#include "BindMatchers.h"
#include "PortOriginNote.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::port {
namespace {

struct Point {
  const CFGBlock *Block;
  unsigned Element;
};

/// True if the statement `Child` is the condition of `Parent`.
bool isConditionOf(const Stmt *Child, const Stmt *Parent) {
  if (const auto *If = dyn_cast<IfStmt>(Parent))
    return If->getCond() == Child;
  if (const auto *While = dyn_cast<WhileStmt>(Parent))
    return While->getCond() == Child;
  if (const auto *Do = dyn_cast<DoStmt>(Parent))
    return Do->getCond() == Child;
  if (const auto *For = dyn_cast<ForStmt>(Parent))
    return For->getCond() == Child;
  if (const auto *Switch = dyn_cast<SwitchStmt>(Parent))
    return Switch->getCond() == Child;
  return false;
}

/// True if the value of `E` is kept: returned, stored, passed on or tested,
/// rather than discarded as a statement or cast to void. Member calls on
/// the result (`local_endpoint().port()`) carry it along.
bool isResultUsed(const Expr *E, const BodyParents &Parents) {
  const Stmt *Node = E;
  while (true) {
    const Stmt *Parent = Parents.parentOf(Node);
    if (!Parent)
      return false;
    const auto *ParentExpr = dyn_cast<Expr>(Parent);
    // A variable's initializer is held by its declaration statement.
    if (!ParentExpr)
      return isa<DeclStmt>(Parent) || isa<ReturnStmt>(Parent) ||
             isConditionOf(Node, Parent);
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(ParentExpr))
      if (Cast->getType()->isVoidType())
        return false;
    const auto *Call = dyn_cast<CXXMemberCallExpr>(ParentExpr);
    bool CarriesValue =
        isa<CastExpr, ParenExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
            ExprWithCleanups, MemberExpr>(ParentExpr) ||
        (Call && Call->getCallee() == Node);
    if (!CarriesValue)
      return true;
    Node = ParentExpr;
  }
}

/// An out-parameter's object or a member: whoever called us sees it.
bool outlivesFunction(const Place &Object) {
  if (isa<FieldDecl>(Object.Root))
    return true;
  const auto *Param = dyn_cast<ParmVarDecl>(Object.Root);
  return Param && Param->getType()->isPointerType();
}

/// Where the port learned by `Query` is read and so may be handed on.
std::vector<Point> learnedPortReads(const SocketUse &Query,
                                    const FunctionFacts &Facts) {
  const Point Here{Query.Block, Query.Element};
  const auto *Call = dyn_cast<CallExpr>(Query.Where);
  if (!Call)
    return {};
  const CallFacts *QueryFacts = Facts.callOf(Query);
  // getsockname() fills an address object: follow its reads. One that
  // cannot be followed (a global, `res->ai_addr`) says nothing. A helper
  // that calls it on an address of its own hands the port back instead.
  if (QueryFacts && QueryFacts->Api.Api != SocketFamily::Asio &&
      (QueryFacts->Chain.empty() || QueryFacts->Address.Object)) {
    const std::optional<Place> &Object = QueryFacts->Address.Object;
    if (!Object)
      return {};
    if (outlivesFunction(*Object))
      return {Here};
    std::vector<Point> Reads;
    for (const AddressRead *Read :
         Facts.addressReadsAfter(*QueryFacts, *Object))
      Reads.push_back({Read->Block, Read->Element});
    return Reads;
  }
  // local_endpoint() returns the port; a helper that calls getsockname()
  // returns it or fills an out-argument.
  bool OutArgument =
      (!QueryFacts || !QueryFacts->Chain.empty()) &&
      llvm::any_of(Call->arguments(), [](const Expr *Arg) {
        return Arg->IgnoreParenImpCasts()->getType()->isPointerType();
      });
  if (OutArgument || isResultUsed(Call, Facts.parents()))
    return {Here};
  return {};
}

/// The `}` that ends the scope of the local `Var`, if it is declared in a
/// block.
SourceLocation endOfScope(const VarDecl *Var, const BodyParents &Parents) {
  const DeclStmt *Declaration = Parents.declarationOf(Var);
  const auto *Compound =
      Declaration
          ? dyn_cast_or_null<CompoundStmt>(Parents.parentOf(Declaration))
          : nullptr;
  return Compound ? Compound->getRBracLoc() : SourceLocation();
}

} // namespace

void ProbeRaceCheck::registerMatchers(MatchFinder *Finder) {
  Enclosing = EnclosingCallable::registeredOn(Finder);
  addBindMatchers(Finder, this, Analysis);
}

void ProbeRaceCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const FunctionDecl *Function =
      Enclosing->of(*matchedBindExpr(Result), *Result.SourceManager);
  if (!Function)
    return;
  const FunctionFacts &Facts = Analysis->factsFor(Function, Ctx);
  const CallFacts *Bind = matchedBind(Result, Facts);
  if (!Bind || !Bind->Address.isCertainlyPortZero() ||
      !hasPorts(Facts.socketKind(*Bind)))
    return;

  std::vector<const SocketUse *> Queries, Closes;
  bool UsedForReal = false;
  Facts.visitUsesAfter(*Bind, *Bind->Socket, [&](const SocketUse &Use) {
    // Kept open (returned, stored, handed on) or used for real: listening,
    // accepting, connecting, sending or receiving.
    if (Use.What == SocketUse::Kind::Escape ||
        (Use.Role != SocketRole::Query && Use.Role != SocketRole::Close &&
         Use.Role != SocketRole::Bind)) {
      UsedForReal = true;
      return false;
    }
    if (Use.Role == SocketRole::Query)
      Queries.push_back(&Use);
    else if (Use.Role == SocketRole::Close)
      Closes.push_back(&Use);
    return true;
  });
  if (UsedForReal)
    return;

  // The close that releases a port that is read on the same path. Error
  // paths come first in source, so of several the last one is reported.
  const SourceManager &SM = Ctx.getSourceManager();
  const SocketUse *Query = nullptr, *Release = nullptr;
  bool Learned = false;
  for (const SocketUse *Q : Queries) {
    std::vector<Point> Reads = learnedPortReads(*Q, Facts);
    Learned |= !Reads.empty();
    for (const SocketUse *Close : Closes) {
      if (!Facts.mayRunAfter(Q->Block, Q->Element, Close->Block,
                             Close->Element))
        continue;
      bool OnSamePath = llvm::any_of(Reads, [&](const Point &Read) {
        return Facts.mayRunAfter(Read.Block, Read.Element, Close->Block,
                                 Close->Element) ||
               Facts.mayRunAfter(Close->Block, Close->Element, Read.Block,
                                 Read.Element);
      });
      if (OnSamePath && (!Release || SM.isBeforeInTranslationUnit(
                                         Release->Where->getBeginLoc(),
                                         Close->Where->getBeginLoc()))) {
        Release = Close;
        Query = Q;
      }
    }
    if (!Query && !Reads.empty())
      Query = Q;
  }
  if (!Query || !Learned)
    return;

  if (Release) {
    const auto *CloseCall = cast<CallExpr>(Release->Where);
    const CallFacts *CloseFacts = Facts.callOf(*Release);
    diag(CloseCall->getExprLoc(),
         "the port learned from this probe socket is released by %0(); "
         "another process may bind it before it is used")
        << (CloseFacts ? CloseFacts->Api.Name : "close");
    noteCallChain(*this, CloseCall, Release->Chain);
  } else {
    // No close: an asio socket or acceptor closes when it is destroyed.
    const auto *Var = dyn_cast<VarDecl>(Bind->Socket->Root);
    if (!Closes.empty() || !Var || isa<ParmVarDecl>(Var) ||
        !Bind->Socket->Path.empty() || !Var->getType()->isRecordType())
      return;
    SourceLocation End = endOfScope(Var, Facts.parents());
    if (End.isInvalid())
      return;
    diag(End, "the port learned from this probe socket is released when %0 "
              "is destroyed; another process may bind it before it is used")
        << Var;
  }
  diag(cast<Expr>(Query->Where)->getExprLoc(),
       "keep the socket open and pass the socket itself on instead of its port",
       DiagnosticIDs::Note);
}

} // namespace clang::tidy::port
