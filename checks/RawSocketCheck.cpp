//===--- RawSocketCheck.cpp - port-raw-socket -----------------------------===//
//
// ICMP has no ports. Linux ignores sin_port on every AF_INET raw socket, on
// bind() and on the destination alike; a ping socket (SOCK_DGRAM +
// IPPROTO_ICMP) ignores the destination port but takes the bound port as
// its echo identifier; an AF_INET6 raw socket reads the destination's
// sin6_port as a protocol number and fails with EINVAL when it is not the
// socket's own. The shared analysis names the socket (through locals and
// struct fields) and the port stores that reach the call; this check only
// decides and words it.
//
//===----------------------------------------------------------------------===//

#include "RawSocketCheck.h"
#include "BoolOption.h"
#include "CalleeNames.h"
#include "PortOriginNote.h"
#include "analysis/ByteOrder.h"
#include "analysis/IntegerFolding.h"
#include "analysis/SocketCreation.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include <string>

using namespace clang::ast_matchers;

namespace clang::tidy::port {
namespace {

constexpr llvm::StringLiteral CallId = "call";

/// How messages name a protocol; empty for the ones without a usual name.
llvm::StringRef protocolName(uint64_t Protocol) {
  switch (Protocol) {
  case IpProtoIcmp:
    return "ICMP";
  case IpProtoIgmp:
    return "IGMP";
  case IpProtoTcp:
    return "TCP";
  case IpProtoUdp:
    return "UDP";
  case IpProtoIcmpV6:
    return "ICMPv6";
  default:
    return "";
  }
}

/// Protocols that have no ports of their own (as opposed to TCP or UDP
/// spoken over a raw socket, whose ports live in the headers written).
bool hasNoPorts(uint64_t Protocol) {
  return Protocol == IpProtoIcmp || Protocol == IpProtoIgmp ||
         Protocol == IpProtoIcmpV6;
}

/// "raw ICMP socket", "ping socket", "raw IP socket"...
std::string describeSocket(RawSocketKind Kind, uint64_t Protocol) {
  if (Kind == RawSocketKind::Ping)
    return "ping socket";
  if (Kind == RawSocketKind::RawOrPing)
    return "raw or ping ICMP socket";
  llvm::StringRef Name = protocolName(Protocol);
  return ("raw " + (Name.empty() ? llvm::StringRef("IP") : Name) + " socket")
      .str();
}

/// Replaces the stored value with 0, when its text can be edited safely:
/// not in a system header, and written in the file or as one whole macro
/// invocation (`htons(7)` under glibc's -O2 macros), never inside one.
std::optional<FixItHint> replaceWithZero(const Expr *Value,
                                         const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &Lang = Ctx.getLangOpts();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Value->getSourceRange()), SM, Lang);
  if (Range.isInvalid() || SM.isInSystemHeader(Range.getBegin()))
    return std::nullopt;
  if (Value->getBeginLoc().isMacroID() || Value->getEndLoc().isMacroID()) {
    CharSourceRange Whole = Lexer::makeFileCharRange(
        SM.getExpansionRange(Value->getSourceRange()), SM, Lang);
    if (Whole.isInvalid() || Whole.getBegin() != Range.getBegin() ||
        Whole.getEnd() != Range.getEnd())
      return std::nullopt;
  }
  return FixItHint::CreateReplacement(Range, "0");
}

/// True if `Value` is stored into an IPv4 address's sin_port in this
/// function.
bool isIPv4PortStore(const Expr *Value, const FunctionFacts &InFunction) {
  return llvm::any_of(InFunction.portWrites(), [&](const PortWrite &Write) {
    return Write.Value == Value && Write.Field &&
           Write.Field->getName() == "sin_port";
  });
}

/// True if `Value` is a port store of this function's own.
bool isOwnStore(const Expr *Value, const FunctionFacts &InFunction) {
  return llvm::any_of(InFunction.portWrites(), [&](const PortWrite &Write) {
    return Write.Value == Value;
  });
}

/// True if the port store `Value` also reaches a socket call on a socket
/// with ports.
bool servesSocketWithPorts(const Expr *Value, const FunctionFacts &InFunction) {
  return llvm::any_of(InFunction.calls(), [&](const CallFacts &Call) {
    return llvm::is_contained(Call.Address.Value.PortStores, Value) &&
           hasPorts(InFunction.socketKind(Call)) &&
           classifyRawSocket(InFunction.originOf(Call)) == RawSocketKind::None;
  });
}

bool isDestination(SocketRole Role) {
  return Role == SocketRole::Connect || Role == SocketRole::SendTo ||
         Role == SocketRole::SendMsg || Role == SocketRole::SendMMsg;
}

} // namespace

RawSocketCheck::RawSocketCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CheckReads(parseBoolOption(Options.get("CheckReads", "false"), *this,
                                 "CheckReads")),
      Analysis(SocketAnalysis::shared({})) {}

void RawSocketCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CheckReads", CheckReads ? "true" : "false");
}

void RawSocketCheck::registerMatchers(MatchFinder *Finder) {
  Enclosing = EnclosingCallable::registeredOn(Finder);
  std::vector<llvm::StringRef> Names = {"connect",   "sendto",    "sendmsg",
                                        "sendmmsg",  "bind",      "WSAConnect",
                                        "WSASendTo", "WSASendMsg"};
  if (CheckReads) {
    Names.push_back("recvfrom");
    Names.push_back("WSARecvFrom");
  }
  Finder->addMatcher(
      callExpr(calleeNamedOrHelper(Names, Analysis), unless(isExpansionInSystemHeader()))
          .bind(CallId),
      this);
}

void RawSocketCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>(CallId);
  const FunctionDecl *Function = Enclosing->of(*Call, *Result.SourceManager);
  if (!Function)
    return;
  const FunctionFacts &InFunction =
      Analysis->factsFor(Function, *Result.Context);
  for (const CallFacts *Facts : InFunction.callsAt(Call)) {
    SocketOrigin Origin = InFunction.originOf(*Facts);
    RawSocketKind Kind = classifyRawSocket(Origin);
    if (Kind == RawSocketKind::None || Facts->Api.Api != SocketFamily::Bsd)
      continue;
    SocketRole Role = Facts->Api.Role;
    if (Role == SocketRole::Receive)
      reportReads(*Facts, Origin, InFunction);
    // Only a raw IPv4 socket ignores the bound port: a ping socket's is its
    // echo identifier, and a raw IPv6 bind() is left to the kernel's checks.
    else if (isDestination(Role) ||
             (Role == SocketRole::Bind && Kind == RawSocketKind::RawV4))
      reportStores(*Facts, Origin, InFunction, *Result.Context);
  }
}

void RawSocketCheck::reportStores(const CallFacts &Call,
                                  const SocketOrigin &Origin,
                                  const FunctionFacts &InFunction,
                                  const ASTContext &Ctx) {
  // Filled where the value cannot be seen (memcpy, getaddrinfo, a helper):
  // nothing was written here to blame.
  if (Call.Address.State != AddressFacts::Kind::Tracked)
    return;
  RawSocketKind Kind = classifyRawSocket(Origin);
  uint64_t Protocol = Origin.Protocol.value();
  std::string Socket = describeSocket(Kind, Protocol);

  std::vector<const Expr *> Stores(Call.Address.Value.PortStores.begin(),
                                   Call.Address.Value.PortStores.end());
  llvm::sort(Stores, [](const Expr *A, const Expr *B) {
    return A->getBeginLoc() < B->getBeginLoc();
  });
  for (const Expr *Value : Stores) {
    std::optional<uint64_t> Stored = foldPortStore(Value, Ctx);
    if (Stored == 0u || Reported.contains(Value))
      continue;
    // Of an ICMP socket that may be raw or ping, only an IPv4 destination's
    // port is certainly ignored (raw IPv6 reads it as a protocol).
    if (Kind == RawSocketKind::RawOrPing &&
        !isIPv4PortStore(Value, InFunction))
      continue;
    // A store that also serves a socket with ports (a UDP probe on the same
    // address) is right there: not for a fix-it to remove.
    bool Shared = servesSocketWithPorts(Value, InFunction);
    // A helper's store may serve its other callers: the warning goes to the
    // call that filled the address here, with a note at the store.
    const Expr *Helper = isOwnStore(Value, InFunction)
                             ? nullptr
                             : Call.Address.Value.FilledBy;
    if (!isOwnStore(Value, InFunction) && !Helper)
      continue;
    const Stmt *Blamed = Helper ? static_cast<const Stmt *>(Helper) : Value;
    if (Reported.contains(Blamed))
      continue;
    Shared |= Helper != nullptr;
    SourceLocation At = Helper ? Helper->getExprLoc() : Value->getBeginLoc();
    if (Kind == RawSocketKind::RawV6) {
      // The kernel compares ntohs(sin6_port) with the socket's protocol; a
      // value it cannot be decided about, or an IPPROTO_RAW socket, is
      // left alone.
      if (!Stored || Protocol == IpProtoRaw)
        continue;
      uint64_t AsProtocol = ((*Stored & 0xff) << 8) | ((*Stored >> 8) & 0xff);
      if (AsProtocol == Protocol)
        continue;
      Reported.insert(Blamed);
      auto Warning = diag(At,
                          "port set on a %0 destination is read as protocol "
                          "%1, not %2; %3() fails with EINVAL")
                     << Socket << static_cast<unsigned>(AsProtocol)
                     << static_cast<unsigned>(Protocol) << Call.Api.Name;
      if (std::optional<FixItHint> Fix = replaceWithZero(Value, Ctx); Fix && !Shared)
        Warning << *Fix;
    } else {
      Reported.insert(Blamed);
      llvm::StringRef Name = Kind == RawSocketKind::RawOrPing
                                 ? llvm::StringRef("ICMP")
                                 : protocolName(Protocol);
      auto Warning =
          Kind == RawSocketKind::Ping
              ? diag(At, "port set on a %0 destination is "
                                           "ignored by the kernel; %1 echo "
                                           "requests have no ports")
                    << Socket << Name
              : diag(At,
                     "port set on a %0 address is ignored by the kernel; "
                     "%select{a raw socket takes ports only from the headers "
                     "it sends|%2 has no ports}1")
                    << Socket
                    << (Kind == RawSocketKind::RawOrPing || hasNoPorts(Protocol))
                    << Name;
      if (std::optional<FixItHint> Fix = replaceWithZero(Value, Ctx); Fix && !Shared)
        Warning << *Fix;
    }
    if (Helper)
      diag(Value->getBeginLoc(), "the port is stored here", DiagnosticIDs::Note);
    noteSocketAndCall(Call, Origin, Socket, "the address is given to %0() here");
  }
}

void RawSocketCheck::reportReads(const CallFacts &Call,
                                 const SocketOrigin &Origin,
                                 const FunctionFacts &InFunction) {
  if (!CheckReads || !Call.Address.Object)
    return;
  std::string Socket =
      describeSocket(classifyRawSocket(Origin), Origin.Protocol.value());
  for (const AddressRead *Read :
       InFunction.addressReadsAfter(Call, *Call.Address.Object)) {
    if (Read->Part != AddressPart::Port || !Read->Object.isWithin(*Call.Address.Object) ||
        !Reported.insert(Read->Where).second)
      continue;
    diag(Read->Where->getBeginLoc(),
         "port read from an address %0() filled on a %1 is always 0; the "
         "kernel reports no port for it")
        << Call.Api.Name << Socket;
    noteSocketAndCall(Call, Origin, Socket, "the address is filled by %0() here");
  }
}

void RawSocketCheck::noteSocketAndCall(const CallFacts &Call,
                                       const SocketOrigin &Origin,
                                       llvm::StringRef Socket,
                                       llvm::StringRef CallNote) {
  diag(Call.Call->getExprLoc(), CallNote, DiagnosticIDs::Note)
      << Call.Api.Name;
  noteCallChain(*this, Call);
  if (Origin.Creator)
    diag(Origin.Creator->getBeginLoc(), "the %0 is created here",
         DiagnosticIDs::Note)
        << Socket;
}

} // namespace clang::tidy::port
