//===--- EscapedObjects.h - address objects whose address leaks -*- C++ -*-===//
//
// The dataflow follows writes it can see. An address object whose address is
// stored where the analysis cannot follow (a struct field other than
// msg_name, a global, a reference, a lambda capture, a return value) may be
// changed by any later call, so its port is never considered known.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_ESCAPEDOBJECTS_H
#define PORTTIDY_ANALYSIS_ESCAPEDOBJECTS_H

#include "clang/AST/Decl.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::port {

struct EscapedObjects {
  /// The locals whose address leaks beyond what the dataflow models.
  llvm::DenseSet<const VarDecl *> Objects;
  /// The pointers (locals and parameters) whose value is copied where the
  /// dataflow cannot follow it: what they point to may change unseen.
  llvm::DenseSet<const VarDecl *> Pointers;
  /// The parameters the body writes (or could write, through a reference
  /// or their address): the others keep their callers' values throughout.
  llvm::DenseSet<const ParmVarDecl *> WrittenParameters;
};

EscapedObjects findEscapedObjects(const Stmt *Body);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_ESCAPEDOBJECTS_H
