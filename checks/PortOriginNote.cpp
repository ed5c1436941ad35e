//===--- PortOriginNote.cpp - "the port is 0 from here" notes -------------===//

#include "PortOriginNote.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::port {

void notePortOrigin(ClangTidyCheck &Check, const AbstractValue &Port) {
  if (Port.location().isInvalid())
    return;
  const char *Text = "";
  switch (Port.origin()) {
  case ValueOrigin::Assigned:
    Text = "the port is set to 0 here";
    break;
  case ValueOrigin::Initializer:
    Text = "the port is 0 from this initializer";
    break;
  case ValueOrigin::Zeroed:
    Text = "the port is zeroed here and never set";
    break;
  case ValueOrigin::Constructed:
    Text = "the port is given as 0 here";
    break;
  case ValueOrigin::NoService:
    Text = "getaddrinfo() is given no service here; every address it returns "
           "has port 0";
    break;
  case ValueOrigin::ServiceZero:
    Text = "the service \"0\" gives every address port 0";
    break;
  case ValueOrigin::Endpoint:
    Text = "the endpoint's port is 0";
    break;
  case ValueOrigin::TextWithoutPort:
    Text = "this address string has no port, so the address gets port 0";
    break;
  case ValueOrigin::DefaultArgument:
    Text = "the port argument is left out and defaults to 0";
    break;
  case ValueOrigin::EndpointWildcard:
    Text = "the port '*' in this endpoint asks for an ephemeral port";
    break;
  }
  Check.diag(Port.location(), Text, DiagnosticIDs::Note);
}

namespace {
/// The name a call's callee has in messages; empty when it has none.
llvm::StringRef calleeName(const Expr *E) {
  const auto *Call = dyn_cast_or_null<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Callee->getIdentifier() ? Callee->getName() : "";
}
} // namespace

void noteAddressOrigin(ClangTidyCheck &Check, const AddressValue &Address) {
  notePortOrigin(Check, Address.Port);
  llvm::StringRef Helper = calleeName(Address.FilledBy);
  if (Helper.empty())
    return;
  if (Address.FilledAt)
    Check.diag(Address.FilledAt->getBeginLoc(), "%0() returns the address here",
               DiagnosticIDs::Note)
        << Helper;
  else
    Check.diag(Address.FilledBy->getExprLoc(), "%0() fills the address here",
               DiagnosticIDs::Note)
        << Helper;
}

void noteCallChain(ClangTidyCheck &Check, const CallExpr *Site,
                   const CallChain &Chain) {
  llvm::StringRef Caller = calleeName(Site);
  for (const Expr *Step : Chain) {
    llvm::StringRef Callee = calleeName(Step);
    if (Caller.empty() || Callee.empty())
      return;
    Check.diag(Step->getExprLoc(), "%0() calls %1() here", DiagnosticIDs::Note)
        << Caller << Callee;
    Caller = Callee;
  }
}

void noteCallChain(ClangTidyCheck &Check, const CallFacts &Call) {
  noteCallChain(Check, Call.Call, Call.Chain);
}

} // namespace clang::tidy::port
