//===--- SocketAnalysis.cpp - per-function facts, computed once -----------===//

#include "SocketAnalysis.h"
#include "clang/AST/Expr.h"
#include "clang/AST/StmtVisitor.h"
#include <algorithm>
#include <map>
#include <string>

namespace clang::tidy::port {
namespace {

// Helpers are looked into this deep: enough for wrapper-of-wrapper code.
constexpr unsigned MaxHelperDepth = 3;

// Functions whose facts are kept at once (see factsFor).
constexpr size_t RecentFunctions = 4;

const ParmVarDecl *parameterOf(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *Op = dyn_cast<UnaryOperator>(E))
    if (Op->getOpcode() == UO_AddrOf || Op->getOpcode() == UO_Deref)
      E = Op->getSubExpr()->IgnoreParenCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  return Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
}

void collectCalls(const Stmt *S, std::vector<const CallExpr *> &Calls) {
  if (!S)
    return;
  if (const auto *Call = dyn_cast<CallExpr>(S))
    Calls.push_back(Call);
  for (const Stmt *Child : S->children())
    collectCalls(Child, Calls);
}

/// A key that equal configurations share.
std::string fingerprint(const AnalysisConfig &Config) {
  std::string Key;
  for (const ExtraSocketFunction &Extra : Config.Extras)
    Key += Extra.Name + ":" + std::to_string(int(Extra.Role)) + ":" +
           std::to_string(Extra.SocketArg.value_or(~0U)) + ":" +
           std::to_string(Extra.AddressArg.value_or(~0U)) + ";";
  Key += "|";
  for (const std::string &Name : Config.QueryFunctions)
    Key += Name + ";";
  return Key;
}

} // namespace

std::shared_ptr<SocketAnalysis> SocketAnalysis::shared(AnalysisConfig Config) {
  static std::map<std::string, std::weak_ptr<SocketAnalysis>> Live;
  std::weak_ptr<SocketAnalysis> &Slot = Live[fingerprint(Config)];
  if (std::shared_ptr<SocketAnalysis> Existing = Slot.lock())
    return Existing;
  auto Created = std::make_shared<SocketAnalysis>(std::move(Config));
  Slot = Created;
  return Created;
}

const FunctionFacts &SocketAnalysis::factsFor(const FunctionDecl *Function,
                                              ASTContext &Ctx) {
  auto Found = llvm::find_if(
      Recent, [&](const auto &Entry) { return Entry.first == Function; });
  if (Found == Recent.end()) {
    if (Recent.size() == RecentFunctions)
      Recent.pop_back();
    Recent.emplace_back(
        Function, FunctionFacts::build(
                      Function, Ctx, Config,
                      [this](const FunctionDecl *Callee, unsigned Index) {
                        return queriesParameter(Callee, Index);
                      },
                      [this, &Ctx](const FieldDecl *Field) {
                        return Fields.originOf(Field, Ctx);
                      }));
    Found = std::prev(Recent.end());
  }
  std::rotate(Recent.begin(), Found, std::next(Found));
  return *Recent.front().second;
}

bool SocketAnalysis::queriesParameter(const FunctionDecl *Callee,
                                      unsigned Index) {
  return computeQueriesParameter(Callee, Index, 0);
}

bool SocketAnalysis::computeQueriesParameter(const FunctionDecl *Callee,
                                             unsigned Index, unsigned Depth) {
  if (!Callee)
    return false;
  if (Callee->getIdentifier() &&
      llvm::is_contained(Config.QueryFunctions, Callee->getName()))
    return true;
  const FunctionDecl *Definition = Callee->getDefinition();
  if (!Definition || !Definition->hasBody() ||
      Index >= Definition->getNumParams() || Depth > MaxHelperDepth)
    return false;
  auto Key = std::make_pair(Definition, Index);
  auto Found = QuerySummaries.find(Key);
  if (Found != QuerySummaries.end())
    return Found->second;
  QuerySummaries[Key] = false; // recursion ends here

  const ParmVarDecl *Param = Definition->getParamDecl(Index);
  auto [Cached, New] = CallsIn.try_emplace(Definition);
  if (New)
    collectCalls(Definition->getBody(), Cached->second);
  // A copy: the recursion below may grow CallsIn and move its vectors.
  std::vector<const CallExpr *> Calls = Cached->second;
  bool Queries = false;
  for (const CallExpr *Call : Calls) {
    std::optional<SocketCall> Api = recognizeSocketCall(Call, Config.Extras);
    if (Api && Api->Role == SocketRole::Query && Api->SocketExpr &&
        parameterOf(Api->SocketExpr) == Param) {
      Queries = true;
      break;
    }
    if (Api)
      continue;
    for (unsigned I = 0; I < Call->getNumArgs() && !Queries; ++I)
      if (parameterOf(Call->getArg(I)) == Param)
        Queries =
            computeQueriesParameter(Call->getDirectCallee(), I, Depth + 1);
    if (Queries)
      break;
  }
  QuerySummaries[Key] = Queries;
  return Queries;
}

} // namespace clang::tidy::port
