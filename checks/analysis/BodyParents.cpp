//===--- BodyParents.cpp - one function body's statements, upwards --------===//

#include "BodyParents.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::port {

BodyParents::BodyParents(const Stmt *Body) : Parents(const_cast<Stmt *>(Body)) {
  collectDeclarations(Body);
}

void BodyParents::collectDeclarations(const Stmt *Body) {
  // A worklist, not recursion: bodies may nest thousands deep.
  llvm::SmallVector<const Stmt *, 32> Pending{Body};
  while (!Pending.empty()) {
    const Stmt *S = Pending.pop_back_val();
    if (!S)
      continue;
    if (const auto *Decls = dyn_cast<DeclStmt>(S))
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D))
          Declarations.try_emplace(Var, Decls);
    llvm::append_range(Pending, S->children());
  }
}

} // namespace clang::tidy::port
