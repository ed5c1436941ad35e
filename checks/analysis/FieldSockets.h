//===--- FieldSockets.h - descriptors kept in struct fields -----*- C++ -*-===//
//
// Programs keep a socket in a struct (`rts->fd`, `ctl.sock`) and use it in
// another function than the one that opened it. When every store into that
// field in the translation unit stores one kind of socket (constants such
// as -1 meaning "no socket yet" aside), the field names that kind wherever
// it is read. This index finds the stores; SocketAnalysis asks each storing
// function's facts what it stores, so a socket made by a helper or from a
// creator's parameters counts too.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_FIELDSOCKETS_H
#define PORTTIDY_ANALYSIS_FIELDSOCKETS_H

#include "SocketFacts.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>
#include <vector>

namespace clang::tidy::port {

class FieldSockets {
public:
  /// A store into an integer field: the value and the function around it
  /// (null for an in-class initializer or a global's).
  struct Store {
    const Expr *Value;
    const FunctionDecl *Function;
  };

  /// Every store into `Field`, or none when the field may change unseen
  /// (its address is taken, it is counted or changed in place, a reference
  /// is bound to it, a template stores into it).
  const std::vector<Store> *storesInto(const FieldDecl *Field, ASTContext &Ctx);

  /// Forget the translation unit (its declarations die with it).
  void reset() {
    Scanned = false;
    Stores.clear();
  }

private:
  void scan(ASTContext &Ctx);

  bool Scanned = false;
  /// Per field; std::nullopt once it is spoiled.
  llvm::DenseMap<const FieldDecl *, std::optional<std::vector<Store>>> Stores;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_FIELDSOCKETS_H
