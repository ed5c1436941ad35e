//===--- UserCodeScope.cpp - match only in the user's own code ------------===//

#include "UserCodeScope.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"

namespace porttidy {
namespace {

class UserCodeScope : public clang::ASTConsumer {
public:
  void HandleTranslationUnit(clang::ASTContext &Ctx) override {
    const clang::SourceManager &SM = Ctx.getSourceManager();
    std::vector<clang::Decl *> User;
    for (clang::Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      clang::SourceLocation Loc = D->getLocation();
      // Implicit declarations (builtin typedefs) have no location.
      if (Loc.isValid() && !SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
        User.push_back(D);
    }
    Ctx.setTraversalScope(User);
  }
};

} // namespace

std::unique_ptr<clang::ASTConsumer> makeUserCodeScope() {
  return std::make_unique<UserCodeScope>();
}

} // namespace porttidy
