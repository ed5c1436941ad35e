//===--- TargetStrings.cpp - ports spelled inside strings -----------------===//

#include "TargetStrings.h"
#include "ExprShapes.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/StringExtras.h"

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

/// A port written in decimal digits, if it is one a socket can have.
std::optional<uint64_t> decimalPort(llvm::StringRef Text) {
  uint64_t Value = 0;
  if (Text.empty() || !llvm::all_of(Text, llvm::isDigit) ||
      Text.getAsInteger(10, Value) || Value > 65535)
    return std::nullopt;
  return Value;
}

} // namespace

const Expr *constantValue(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->getInit())
    return E;
  if (Var->getType().isConstQualified() || keepsItsInitializer(Var))
    return Var->getInit();
  return E;
}

namespace {
/// The `const char *` a `std::string` temporary or initializer is built
/// from (`std::string("tcp://h:0")`, a `const std::string &` parameter bound
/// to a literal), or `E` itself.
const Expr *stringSource(const Expr *E) {
  for (;;) {
    E = stripImplicit(E)->IgnoreParenCasts();
    const auto *Construct = dyn_cast<CXXConstructExpr>(E);
    if (!Construct || Construct->getNumArgs() == 0 ||
        !isStdString(Construct->getType()) ||
        !llvm::all_of(llvm::drop_begin(Construct->arguments()),
                      [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); }))
      return E;
    E = Construct->getArg(0);
  }
}
} // namespace

bool isStdString(QualType Type) {
  const auto *Record = Type->getAsCXXRecordDecl();
  return Record && Record->getIdentifier() && Record->getName() == "basic_string" &&
         Record->isInStdNamespace();
}

const StringLiteral *constantString(const Expr *E) {
  // A name's initializer may itself build a std::string from a literal.
  const Expr *Source = stringSource(E);
  return dyn_cast<StringLiteral>(
      stringSource(constantValue(Source))->IgnoreParenCasts());
}

bool isNumericZeroService(const StringLiteral &Text) {
  if (Text.getLength() == 0)
    return false;
  for (unsigned I = 0; I < Text.getLength(); ++I)
    if (Text.getCodeUnit(I) != '0')
      return false;
  return true;
}

std::optional<EndpointString> parseEndpoint(llvm::StringRef Text) {
  auto [Transport, Address] = Text.split("://");
  if (Transport.empty() || Transport.size() == Text.size())
    return std::nullopt;
  EndpointString Result;
  Result.Transport = Transport;
  // `tcp://source;peer`: the peer comes last.
  if (size_t Semicolon = Address.rfind(';'); Semicolon != llvm::StringRef::npos)
    Address = Address.substr(Semicolon + 1);
  llvm::StringRef Port;
  if (Address.consume_front("[")) {
    auto [Host, Rest] = Address.split(']');
    if (Host.size() == Address.size() || (!Rest.empty() && !Rest.consume_front(":")))
      return std::nullopt;
    Result.Host = Host;
    Port = Rest;
  } else {
    size_t Colon = Address.rfind(':');
    Result.Host = Address.substr(0, Colon);
    if (Colon != llvm::StringRef::npos)
      Port = Address.substr(Colon + 1);
  }
  Result.WildcardPort = Port == "*";
  Result.Port = decimalPort(Port);
  return Result;
}

std::optional<EndpointString> constantEndpoint(const Expr *E) {
  const StringLiteral *Text = E ? constantString(E) : nullptr;
  if (!Text || !Text->isOrdinary())
    return std::nullopt;
  std::optional<EndpointString> Endpoint = parseEndpoint(Text->getString());
  if (Endpoint)
    Endpoint->Where = Text->getBeginLoc();
  return Endpoint;
}

std::optional<HostPortString> constantHostPort(const Expr *E) {
  const StringLiteral *Text = E ? constantString(E) : nullptr;
  if (!Text || !Text->isOrdinary())
    return std::nullopt;
  llvm::StringRef Address = Text->getString();
  HostPortString Result;
  Result.Where = Text->getBeginLoc();
  llvm::StringRef Port;
  if (Address.consume_front("[")) {
    auto [Host, Rest] = Address.split(']');
    if (Host.size() == Address.size() || (!Rest.empty() && !Rest.consume_front(":")))
      return std::nullopt;
    Result.IPv6 = true;
    Port = Rest;
  } else if (Address.count(':') > 1) {
    Result.IPv6 = true; // a bare IPv6 address has no port
  } else if (size_t Colon = Address.find(':'); Colon != llvm::StringRef::npos) {
    Port = Address.substr(Colon + 1);
  }
  if (!Port.empty() && !(Result.Port = decimalPort(Port)))
    return std::nullopt;
  return Result;
}

std::optional<GrpcTarget> parseGrpcTarget(llvm::StringRef Text) {
  GrpcTarget Result;
  llvm::StringRef Address = Text;
  if (Address.consume_front("dns:")) {
    // dns:[//authority/]host[:port]
    if (Address.consume_front("//")) {
      size_t Slash = Address.find('/');
      if (Slash == llvm::StringRef::npos)
        return std::nullopt;
      Address = Address.substr(Slash + 1);
    }
  } else if (Address.consume_front("ipv4:") || Address.consume_front("ipv6:")) {
    // A comma-separated list of addresses: any with port 0 fails.
    for (llvm::StringRef One : llvm::split(Address, ',')) {
      std::optional<GrpcTarget> Part = parseGrpcTarget(One);
      if (Part && Part->Port == 0)
        return Part;
    }
    return Result;
  } else if (Address.contains("://") || Address.starts_with("unix:") ||
             Address.starts_with("unix-abstract:") || Address.starts_with("vsock:")) {
    return std::nullopt; // other resolvers, Unix sockets: no TCP port here
  }
  llvm::StringRef Port;
  if (Address.consume_front("[")) {
    auto [Host, Rest] = Address.split(']');
    if (Host.size() == Address.size() || (!Rest.empty() && !Rest.consume_front(":")))
      return std::nullopt;
    Port = Rest;
  } else if (Address.count(':') == 1) {
    Port = Address.split(':').second;
  }
  // No port is the default (443), not 0.
  if (!Port.empty() && !(Result.Port = decimalPort(Port)))
    return std::nullopt;
  return Result;
}

std::optional<GrpcTarget> constantGrpcTarget(const Expr *E) {
  const StringLiteral *Text = E ? constantString(E) : nullptr;
  if (!Text || !Text->isOrdinary())
    return std::nullopt;
  std::optional<GrpcTarget> Target = parseGrpcTarget(Text->getString());
  if (Target)
    Target->Where = Text->getBeginLoc();
  return Target;
}

bool isTcpTransport(llvm::StringRef Transport) { return Transport == "tcp"; }

} // namespace clang::tidy::port
