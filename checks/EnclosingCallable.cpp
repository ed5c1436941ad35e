//===--- EnclosingCallable.cpp - the function a matched node is in --------===//

#include "EnclosingCallable.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang::ast_matchers;

namespace clang::tidy::port {
namespace {

constexpr llvm::StringLiteral FunctionId = "enclosing-function";
constexpr llvm::StringLiteral LambdaId = "enclosing-lambda";
constexpr llvm::StringLiteral BlockId = "enclosing-block";

bool holds(SourceRange Range, SourceLocation Loc, const SourceManager &SM) {
  return !SM.isBeforeInTranslationUnit(Loc, Range.getBegin()) &&
         !SM.isBeforeInTranslationUnit(Range.getEnd(), Loc);
}

bool isInstantiation(TemplateSpecializationKind Kind) {
  return Kind == TSK_ImplicitInstantiation ||
         Kind == TSK_ExplicitInstantiationDefinition;
}

} // namespace

std::shared_ptr<EnclosingCallable>
EnclosingCallable::registeredOn(MatchFinder *Finder) {
  // clang-tidy builds one finder per translation unit and registers every
  // check on it in turn; the last tracker lives while its checks do.
  thread_local const MatchFinder *LastFinder = nullptr;
  thread_local std::weak_ptr<EnclosingCallable> Last;
  if (std::shared_ptr<EnclosingCallable> Shared = Last.lock();
      Shared && LastFinder == Finder)
    return Shared;
  auto Fresh = std::make_shared<EnclosingCallable>();
  // The checks ignore code in system headers, so nothing they ask about is
  // inside a function written there.
  Finder->addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
          .bind(FunctionId),
      Fresh.get());
  Finder->addMatcher(lambdaExpr().bind(LambdaId), Fresh.get());
  Finder->addMatcher(blockExpr().bind(BlockId), Fresh.get());
  Last = Fresh;
  LastFinder = Finder;
  return Fresh;
}

void EnclosingCallable::run(const MatchFinder::MatchResult &Result) {
  const SourceManager &SM = *Result.SourceManager;
  if (const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>(FunctionId))
    open(Function, Function->getSourceRange(), SM);
  else if (const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>(LambdaId))
    open(Lambda->getCallOperator(), Lambda->getSourceRange(), SM);
  else if (const auto *Block = Result.Nodes.getNodeAs<BlockExpr>(BlockId))
    open(nullptr, Block->getSourceRange(), SM);
}

void EnclosingCallable::open(const FunctionDecl *Function, SourceRange Range,
                             const SourceManager &SM) {
  if (Range.isInvalid())
    return;
  // Every open callable is inside the first: outside it, this is a new
  // top-level one and the others are done.
  if (!Open.empty() && !holds(Open.front().Range, Range.getBegin(), SM))
    Open.clear();
  Open.push_back({Function, Range});
}

const FunctionDecl *EnclosingCallable::of(const Stmt &Node,
                                          const SourceManager &SM) const {
  SourceLocation Loc = Node.getBeginLoc();
  if (Loc.isInvalid())
    return nullptr;
  for (const Callable &Around : llvm::reverse(Open))
    if (holds(Around.Range, Loc, SM))
      return Around.Function;
  return nullptr;
}

bool isInstantiatedCode(const FunctionDecl &Function) {
  for (const DeclContext *Context = &Function; Context;
       Context = Context->getParent()) {
    if (const auto *Outer = dyn_cast<FunctionDecl>(Context);
        Outer && isInstantiation(Outer->getTemplateSpecializationKind()))
      return true;
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Context);
        Record && isInstantiation(Record->getTemplateSpecializationKind()))
      return true;
  }
  return false;
}

} // namespace clang::tidy::port
