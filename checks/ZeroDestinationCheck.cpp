//===--- ZeroDestinationCheck.cpp - port-zero-destination -----------------===//
//
// connect() to port 0 never reaches a listener and sendto() to port 0 fails
// with EINVAL; but a UDP connect() to port 0 only picks a route (the idiom
// to learn a source address with getsockname()), and raw/ICMP sockets have
// no ports at all. The shared analysis answers which socket, which address
// and which port on every path; this check only decides.
//
//===----------------------------------------------------------------------===//

#include "ZeroDestinationCheck.h"
#include "CalleeNames.h"
#include "ExtraFunctionsOption.h"
#include "PortOriginNote.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::port {
namespace {

constexpr llvm::StringLiteral CallId = "call";

std::vector<ExtraSocketFunction> parseOption(llvm::StringRef Option,
                                             ClangTidyCheck &Check) {
  std::vector<std::string> Rejected;
  std::vector<ExtraSocketFunction> Result =
      parseExtraFunctions(Option, SocketRole::Extra, Rejected);
  for (const std::string &Entry : Rejected)
    Check.configurationDiag("invalid ExtraFunctions entry '%0'; expected "
                            "'name:address-argument[:socket-argument]'")
        << Entry;
  return Result;
}

bool isDestinationRole(SocketRole Role) {
  switch (Role) {
  case SocketRole::Connect:
  case SocketRole::SendTo:
  case SocketRole::SendMsg:
  case SocketRole::SendMMsg:
  case SocketRole::Extra:
    return true;
  default:
    return false;
  }
}

/// A send that goes to the connected peer: send()/write(), or sendto() and
/// sendmsg() without an address of their own (with one, they override it).
bool sendsToConnectedPeer(const FunctionFacts &InFunction,
                          const SocketUse &Use) {
  if (Use.What != SocketUse::Kind::Call)
    return false;
  if (Use.Role == SocketRole::Send)
    return true;
  if (Use.Role != SocketRole::SendTo && Use.Role != SocketRole::SendMsg &&
      Use.Role != SocketRole::SendMMsg)
    return false;
  const CallFacts *Facts = InFunction.callOf(Use);
  return Facts && (Facts->Address.State == AddressFacts::Kind::Null ||
                   Facts->Address.State == AddressFacts::Kind::Absent);
}

} // namespace

ZeroDestinationCheck::ZeroDestinationCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ExtraFunctions(Options.get("ExtraFunctions", "")),
      Analysis(
          SocketAnalysis::shared({parseOption(ExtraFunctions, *this), {}})) {}

void ZeroDestinationCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ExtraFunctions", ExtraFunctions);
}

void ZeroDestinationCheck::registerMatchers(MatchFinder *Finder) {
  Enclosing = EnclosingCallable::registeredOn(Finder);
  std::vector<llvm::StringRef> Names(socketFunctionNames().begin(),
                                     socketFunctionNames().end());
  for (const ExtraSocketFunction &Extra : Analysis->extras())
    Names.push_back(Extra.Name);
  Finder->addMatcher(
      callExpr(calleeNamedOrHelper(Names, Analysis), unless(isExpansionInSystemHeader()))
          .bind(CallId),
      this);
}

void ZeroDestinationCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>(CallId);
  const FunctionDecl *Function = Enclosing->of(*Call, *Result.SourceManager);
  if (!Function)
    return;
  const FunctionFacts &InFunction =
      Analysis->factsFor(Function, *Result.Context);
  // A socket call, or a helper's socket calls on the caller's sockets: the
  // first that goes to port 0 is reported.
  for (const CallFacts *Facts : InFunction.callsAt(Call)) {
    if (!isDestinationRole(Facts->Api.Role))
      continue;
    std::optional<Verdict> Found = judge(*Facts, InFunction);
    if (!Found || reportedInHelper(*Facts, *Result.Context))
      continue;
    if (Found->Send)
      reportZeroRouteThenSend(*Facts, *Found->Send);
    else
      reportZeroPort(*Facts);
    return;
  }
}

bool ZeroDestinationCheck::reportedInHelper(const CallFacts &Facts,
                                            ASTContext &Ctx) const {
  const auto *Inner =
      Facts.Chain.empty() ? nullptr : dyn_cast<CallExpr>(Facts.Chain.back());
  // The innermost call is in the body of the function the step before it
  // calls (the enclosing-callable tracker knows only the function being
  // matched now, not the helper defined earlier).
  const Expr *Outer = Facts.Chain.size() > 1
                          ? Facts.Chain[Facts.Chain.size() - 2]
                          : static_cast<const Expr *>(Facts.Call);
  const auto *OuterCall = dyn_cast_or_null<CallExpr>(Outer);
  const FunctionDecl *Callee = OuterCall ? OuterCall->getDirectCallee() : nullptr;
  const FunctionDecl *Helper = Callee ? Callee->getDefinition() : nullptr;
  if (!Inner || !Helper)
    return false;
  const FunctionFacts &InHelper = Analysis->factsFor(Helper, Ctx);
  return llvm::any_of(InHelper.callsAt(Inner), [&](const CallFacts *Own) {
    return isDestinationRole(Own->Api.Role) && judge(*Own, InHelper);
  });
}

std::optional<ZeroDestinationCheck::Verdict>
ZeroDestinationCheck::judge(const CallFacts &Facts,
                            const FunctionFacts &InFunction) const {
  // AF_UNSPEC (the UDP "disconnect" idiom) and AF_UNIX have no port to check.
  if (!Facts.Address.isCertainlyPortZero())
    return std::nullopt;
  SocketKind Kind = InFunction.socketKind(Facts);
  if (!hasPorts(Kind))
    return std::nullopt;

  if (Facts.Api.Role != SocketRole::Connect) {
    // A connected stream socket ignores the address given to sendto().
    if (Kind == SocketKind::Stream && Facts.Api.Role != SocketRole::Extra)
      return std::nullopt;
    return Verdict{};
  }
  if (Kind == SocketKind::Stream)
    return Verdict{};
  // A datagram connect() to port 0 only selects a route; it is a mistake
  // once the socket is used to send.
  if (!Facts.Socket)
    return std::nullopt;
  const SocketUse *Send = nullptr;
  bool QueriedOrEscapes = false;
  for (const SocketUse *Use : InFunction.usesAfter(Facts, *Facts.Socket)) {
    if (Use->What == SocketUse::Kind::Escape || Use->Role == SocketRole::Query)
      QueriedOrEscapes = true;
    else if (sendsToConnectedPeer(InFunction, *Use) &&
             (!Send || Use->Where->getBeginLoc() < Send->Where->getBeginLoc()))
      Send = Use;
  }
  if (Send && Kind == SocketKind::Datagram)
    return Verdict{Send};
  // Unknown kind: TCP unless the socket is only queried or handed on.
  if (Send || (Kind == SocketKind::Unknown && !QueriedOrEscapes))
    return Verdict{};
  return std::nullopt;
}

void ZeroDestinationCheck::reportZeroPort(const CallFacts &Call) {
  diag(Call.Call->getExprLoc(),
       "%0() to port 0 always fails; port 0 cannot be a destination")
      << Call.Api.Name;
  noteAddressOrigin(*this, Call.Address.Value);
  noteCallChain(*this, Call);
}

void ZeroDestinationCheck::reportZeroRouteThenSend(const CallFacts &Call,
                                                   const SocketUse &Send) {
  diag(Call.Call->getExprLoc(),
       "%0() to port 0 gives the datagram socket no destination port; "
       "datagrams sent on it cannot be delivered")
      << Call.Api.Name;
  noteAddressOrigin(*this, Call.Address.Value);
  noteCallChain(*this, Call);
  diag(Send.noteLocation()->getBeginLoc(), "the socket sends here",
       DiagnosticIDs::Note);
}

} // namespace clang::tidy::port
