//===--- CallSites.cpp - where the translation unit calls each function ---===//

#include "CallSites.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "FunctionTrackingVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::port {
namespace {

class SiteCollector : public FunctionTrackingVisitor<SiteCollector> {
public:
  SiteCollector(
      llvm::DenseMap<const FunctionDecl *, std::vector<CallSites::Site>> &Sites,
      llvm::DenseSet<const FunctionDecl *> &AddressTaken)
      : Sites(Sites), AddressTaken(AddressTaken) {}

  bool VisitCallExpr(CallExpr *Call) {
    // Visited before its callee: the callee's name is a call, not a use of
    // the function's address.
    if (const auto *Ref =
            dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
      Callees.insert(Ref);
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      Sites[Callee->getCanonicalDecl()].push_back({Call, Enclosing});
    return true;
  }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (const auto *Function = dyn_cast<FunctionDecl>(Ref->getDecl()))
      if (!Callees.count(Ref))
        AddressTaken.insert(Function->getCanonicalDecl());
    return true;
  }

private:
  llvm::DenseMap<const FunctionDecl *, std::vector<CallSites::Site>> &Sites;
  llvm::DenseSet<const FunctionDecl *> &AddressTaken;
  llvm::DenseSet<const DeclRefExpr *> Callees;
};

} // namespace

void CallSites::scan(ASTContext &Ctx) {
  Scanned = true;
  SiteCollector Collector(Sites, AddressTaken);
  const SourceManager &SM = Ctx.getSourceManager();
  // Functions only this translation unit sees are called from its own
  // code, not from system headers.
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (!SM.isInSystemHeader(D->getLocation()))
      Collector.TraverseDecl(D);
}

const std::vector<CallSites::Site> *
CallSites::callersOf(const FunctionDecl *Function, ASTContext &Ctx) {
  if (Function->isExternallyVisible() || Function->isMain())
    return nullptr;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function);
      Method && (Method->isVirtual() || Method->getParent()->isLambda()))
    return nullptr;
  if (!Scanned)
    scan(Ctx);
  const FunctionDecl *Canonical = Function->getCanonicalDecl();
  if (AddressTaken.count(Canonical))
    return nullptr;
  auto Found = Sites.find(Canonical);
  static const std::vector<Site> None;
  return Found == Sites.end() ? &None : &Found->second;
}

} // namespace clang::tidy::port
