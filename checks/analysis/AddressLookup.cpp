//===--- AddressLookup.cpp - getaddrinfo() and the port its service gives ---===//

#include "AddressLookup.h"
#include "ExprShapes.h"

namespace clang::tidy::port {
namespace {

/// The string a service argument spells: a literal (also through a macro),
/// or a constant initialised with one (`static const char *const kService
/// = "0"`, `const char service[] = "0"`).
const StringLiteral *serviceString(const Expr *Service) {
  const Expr *E = Service->IgnoreParenCasts();
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    return Literal;
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->getInit() || !Var->getType().isConstQualified())
    return nullptr;
  return dyn_cast<StringLiteral>(Var->getInit()->IgnoreParenCasts());
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
  if (Service->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return ServicePort::None;
  const StringLiteral *Text = serviceString(Service);
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
  if (Name != "getaddrinfo" && Name != "GetAddrInfoA" && Name != "GetAddrInfoW")
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
