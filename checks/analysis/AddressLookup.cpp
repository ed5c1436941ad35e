//===--- AddressLookup.cpp - getaddrinfo() and the port its service gives ---===//

#include "AddressLookup.h"
#include "ExprShapes.h"
#include "TargetStrings.h"

namespace clang::tidy::port {
namespace {

ServicePort portOfService(const Expr *Service, ASTContext &Ctx) {
  const Expr *Value = constantValue(Service);
  if (Value->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return ServicePort::None;
  const auto *Text = dyn_cast<StringLiteral>(Value->IgnoreParenCasts());
  if (Text && isNumericZeroService(*Text))
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
