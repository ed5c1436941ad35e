//===--- ExprShapes.h - expression shapes the dataflow looks through -*- C++ -*-===//
//
// Small questions about expressions that every part of the facts builder
// asks: what an initializer is under its implicit wrappers, which field of a
// record has a name, whether a call only zeroes or only touches its own
// arguments.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_EXPRSHAPES_H
#define PORTTIDY_ANALYSIS_EXPRSHAPES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::port {

/// `E` without parentheses, implicit casts, cleanups, temporaries and
/// functional casts.
const Expr *stripImplicit(const Expr *E);

/// The field `Name` of the record `Type` names, if it has one.
const FieldDecl *fieldNamed(QualType Type, llvm::StringRef Name);

/// A parameter's type, seen through glibc's transparent unions of pointers
/// (`__SOCKADDR_ARG` under _GNU_SOURCE in C).
QualType parameterType(const ParmVarDecl *Param);

/// memset, bzero and their spellings.
bool isZeroingCall(llvm::StringRef Name);

/// The sin_port/sin6_port field `LHS` names, if it is such a member access.
const FieldDecl *portFieldOf(const Expr *LHS);

/// Library functions that never touch the caller's other state.
bool isLocalEffectCall(llvm::StringRef Name);

/// Calls that take a descriptor but can neither learn its port nor keep
/// it: setsockopt(), fcntl(), poll()...
bool isDescriptorNeutralCall(llvm::StringRef Name);

/// True if `Body` refers to `Var` anywhere but at `Except`.
bool namesElsewhere(const Stmt *Body, const VarDecl *Var, const DeclRefExpr *Except);
llvm::ArrayRef<llvm::StringRef> descriptorNeutralCalls();

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_EXPRSHAPES_H
