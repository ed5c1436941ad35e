//===--- BodyParents.h - a function body's statements, upwards --*- C++ -*-===//
//
// A fix-it's insertion point or "is this result used" needs a statement's
// parents. The AST's own parent map records every node of the translation
// unit the first time anyone asks; this one covers a single body and is
// built only when a check is about to report.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_BODYPARENTS_H
#define PORTTIDY_ANALYSIS_BODYPARENTS_H

#include "clang/AST/Decl.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::port {

class BodyParents {
public:
  explicit BodyParents(const Stmt *Body);

  /// The statement directly holding `S` (a variable's initializer is held by
  /// its `DeclStmt`), or null for the body itself and for code outside it.
  const Stmt *parentOf(const Stmt *S) const { return Parents.getParent(S); }

  /// The statement declaring the local `Var` in the body, or null.
  const DeclStmt *declarationOf(const VarDecl *Var) const {
    return Declarations.lookup(Var);
  }

private:
  void collectDeclarations(const Stmt *Body);

  ParentMap Parents;
  llvm::DenseMap<const VarDecl *, const DeclStmt *> Declarations;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_BODYPARENTS_H
