//===--- ExprShapes.cpp - expression shapes the dataflow looks through ----===//

#include "ExprShapes.h"
#include "AddressTypes.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::port {

const Expr *stripImplicit(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr();
    else if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temporary->getSubExpr();
    else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
      E = Bind->getSubExpr();
    else if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
      E = Cast->getSubExpr();
    else
      return E;
  }
}

const FieldDecl *fieldNamed(QualType Type, llvm::StringRef Name) {
  const RecordDecl *Record = Type.getCanonicalType()->getAsRecordDecl();
  if (!Record || !(Record = Record->getDefinition()))
    return nullptr;
  for (const FieldDecl *Field : Record->fields())
    if (Field->getName() == Name)
      return Field;
  return nullptr;
}

/// A parameter's type, seen through glibc's transparent unions of pointers
/// (`__SOCKADDR_ARG` under _GNU_SOURCE in C).
QualType parameterType(const ParmVarDecl *Param) {
  QualType Type = Param->getType();
  if (const auto *Union = Type->getAsUnionType())
    if (const RecordDecl *Decl = Union->getDecl()->getDefinition();
        Decl && Decl->hasAttr<TransparentUnionAttr>() && !Decl->field_empty())
      return Decl->field_begin()->getType();
  return Type;
}

bool isZeroingCall(llvm::StringRef Name) {
  return llvm::is_contained({"memset", "__builtin_memset", "bzero", "explicit_bzero", "__builtin_bzero", "SecureZeroMemory", "ZeroMemory"},
                            Name);
}

/// The sin_port/sin6_port field `LHS` names, if it is such a member access.
const FieldDecl *portFieldOf(const Expr *LHS) {
  const auto *Member = dyn_cast<MemberExpr>(LHS->IgnoreParenImpCasts());
  const auto *Field =
      Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
  return Field && isPortFieldName(Field->getName()) &&
                 isSocketAddressRecord(Field->getParent())
             ? Field
             : nullptr;
}

/// Library functions that never touch the caller's other state.
bool isLocalEffectCall(llvm::StringRef Name) {
  static const llvm::StringSet<> Names = {
      "memcpy", "memmove", "strcpy", "strncpy", "strlen", "inet_pton",
      "inet_aton", "inet_addr", "inet_ntop", "htons", "ntohs", "htonl",
      "ntohl", "atoi", "printf", "fprintf", "snprintf", "perror", "strtol",
      // Winsock: InetPtonA is inet_pton's macro, and the WSA conversions
      // write only their out-argument.
      "InetPtonA", "InetPtonW", "InetNtopA", "InetNtopW", "WSAHtons",
      "WSANtohs", "WSAHtonl", "WSANtohl"};
  return isZeroingCall(Name) || Names.contains(Name);
}

llvm::ArrayRef<llvm::StringRef> descriptorNeutralCalls() {
  static const llvm::StringRef Names[] = {
      "setsockopt",     "getsockopt",     "fcntl",      "ioctl",
      "shutdown",       "poll",           "select",     "epoll_ctl",
      // ZeroMQ's options (other than ZMQ_LAST_ENDPOINT) and undoing an
      // endpoint.
      "zmq_setsockopt", "zmq_getsockopt", "zmq_unbind", "zmq_disconnect",
      // A libevent listener switched on or off, or given its callbacks.
      "evconnlistener_enable", "evconnlistener_disable",
      "evconnlistener_set_cb", "evconnlistener_set_error_cb"};
  return Names;
}

bool isDescriptorNeutralCall(llvm::StringRef Name) {
  return llvm::is_contained(descriptorNeutralCalls(), Name);
}

namespace {
class OtherReference : public RecursiveASTVisitor<OtherReference> {
public:
  OtherReference(const VarDecl *Var, const DeclRefExpr *Except)
      : Var(Var), Except(Except) {}
  bool Found = false;
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    Found |= Ref != Except && Ref->getDecl() == Var;
    return !Found;
  }

private:
  const VarDecl *Var;
  const DeclRefExpr *Except;
};
} // namespace

bool namesElsewhere(const Stmt *Body, const VarDecl *Var, const DeclRefExpr *Except) {
  OtherReference Finder(Var, Except);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  return Finder.Found;
}

} // namespace clang::tidy::port
