//===--- AddressLookup.cpp - getaddrinfo() and the port its service gives ---===//

#include "AddressLookup.h"
#include "ExprShapes.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::port {
namespace {

/// Finds a write of one local: an assignment, ++/--, or its address taken.
class WriteFinder : public RecursiveASTVisitor<WriteFinder> {
public:
  explicit WriteFinder(const VarDecl *Var) : Var(Var) {}
  bool Found = false;

  bool VisitBinaryOperator(BinaryOperator *Op) {
    return !(Found |= Op->isAssignmentOp() && names(Op->getLHS()));
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    return !(Found |= (Op->getOpcode() == UO_AddrOf ||
                       Op->isIncrementDecrementOp()) &&
                      names(Op->getSubExpr()));
  }

private:
  bool names(const Expr *E) const {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref && Ref->getDecl() == Var;
  }
  const VarDecl *Var;
};

/// True for a local that keeps its initial value: the function never
/// writes it nor lets anyone else.
bool keepsItsInitializer(const VarDecl *Var) {
  const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
  if (!Function || !Function->getBody() || isa<ParmVarDecl>(Var) ||
      !Var->hasLocalStorage())
    return false;
  WriteFinder Writes(Var);
  Writes.TraverseStmt(Function->getBody());
  return !Writes.Found;
}

/// What gives a service argument its value: the argument, or the
/// initializer of a constant it names (`static const char *const kService
/// = "0"`, `const char service[] = "0"`) or of a local that keeps it
/// (`const char *service = NULL;` never assigned).
const Expr *serviceValue(const Expr *Service) {
  const auto *Ref = dyn_cast<DeclRefExpr>(Service->IgnoreParenCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->getInit())
    return Service;
  if (Var->getType().isConstQualified() || keepsItsInitializer(Var))
    return Var->getInit();
  return Service;
}

/// True if getaddrinfo() reads `Text` as the port number 0: digits only
/// (it parses numeric services with strtoul), all of them zeros. Narrow or
/// wide (GetAddrInfoW).
bool isNumericZero(const StringLiteral &Text) {
  if (Text.getLength() == 0)
    return false;
  for (unsigned I = 0; I < Text.getLength(); ++I)
    if (Text.getCodeUnit(I) != '0')
      return false;
  return true;
}

ServicePort portOfService(const Expr *Service, ASTContext &Ctx) {
  const Expr *Value = serviceValue(Service);
  if (Value->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return ServicePort::None;
  const auto *Text = dyn_cast<StringLiteral>(Value->IgnoreParenCasts());
  if (Text && isNumericZero(*Text))
    return ServicePort::Zero;
  return ServicePort::Other;
}

} // namespace

std::optional<AddressLookup> recognizeAddressLookup(const CallExpr *Call,
                                                    ASTContext &Ctx) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier() || Call->getNumArgs() != 4)
    return std::nullopt;
  llvm::StringRef Name = Callee->getName();
  // Winsock's ANSI GetAddrInfoA is a macro for getaddrinfo.
  if (Name != "getaddrinfo" && Name != "GetAddrInfoW")
    return std::nullopt;
  AddressLookup Lookup;
  Lookup.Service = Call->getArg(1);
  Lookup.Hints = Call->getArg(2);
  Lookup.Result = Call->getArg(3);
  Lookup.Port = portOfService(Lookup.Service, Ctx);
  return Lookup;
}

bool isCopiedHintField(const FieldDecl *Field) {
  const RecordDecl *Record = Field ? Field->getParent() : nullptr;
  if (!Record || !Record->getIdentifier() || !Field->getIdentifier())
    return false;
  // glibc's `struct addrinfo`; Winsock's ADDRINFOA/ADDRINFOW name `struct
  // addrinfo` and `struct addrinfoW`.
  llvm::StringRef Name = Field->getName();
  return (Record->getName() == "addrinfo" || Record->getName() == "addrinfoW") &&
         (Name == "ai_family" || Name == "ai_socktype" || Name == "ai_protocol");
}

} // namespace clang::tidy::port
