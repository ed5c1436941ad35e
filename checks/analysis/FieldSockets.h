//===--- FieldSockets.h - descriptors kept in struct fields -----*- C++ -*-===//
//
// Programs keep a socket in a struct (`rts->fd`, `ctl.sock`) and use it in
// another function than the one that opened it. When every store into that
// field in the translation unit is a socket() call (constants such as -1
// meaning "no socket yet" aside), the field names one kind of socket
// wherever it is read: this is that translation-unit-level fact.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_FIELDSOCKETS_H
#define PORTTIDY_ANALYSIS_FIELDSOCKETS_H

#include "SocketFacts.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::port {

class FieldSockets {
public:
  /// The socket() origin every store into `Field` agrees on, or an
  /// untraced origin when some store is anything else (or the field's
  /// address is taken, or it is changed in place). Domain, type or
  /// protocol are unknown where two socket() calls disagree.
  SocketOrigin originOf(const FieldDecl *Field, ASTContext &Ctx);

  /// Forget the translation unit (its declarations die with it).
  void reset() {
    Scanned = false;
    Origins.clear();
  }

private:
  void scan(ASTContext &Ctx);

  bool Scanned = false;
  llvm::DenseMap<const FieldDecl *, SocketOrigin> Origins;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_FIELDSOCKETS_H
