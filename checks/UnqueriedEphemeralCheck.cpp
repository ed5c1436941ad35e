//===--- UnqueriedEphemeralCheck.cpp - port-unqueried-ephemeral -----------===//
//
// bind() to port 0 lets the kernel choose the port. A server that then
// listens (or a datagram socket that only receives) has to ask which port it
// got, or nobody can be told where to connect. A client binding port 0 only
// to fix its source address before connect()/sendto() is the normal idiom and
// stays silent. The shared analysis answers which socket, which port and what
// happens to the descriptor afterwards; this check only decides, and offers
// the getsockname() call as a fix-it on a note.
//
//===----------------------------------------------------------------------===//

#include "UnqueriedEphemeralCheck.h"
#include "BindMatchers.h"
#include "BoolOption.h"
#include "PortOriginNote.h"
#include "analysis/ExpectedFailure.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/YAMLParser.h"

using namespace clang::ast_matchers;

namespace clang::tidy::port {
namespace {

std::vector<std::string> parseNameList(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef> Parts;
  List.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Names;
  for (llvm::StringRef Part : Parts)
    if (!Part.trim().empty())
      Names.push_back(Part.trim().str());
  return Names;
}

bool isClientRole(SocketRole Role) {
  switch (Role) {
  case SocketRole::Connect:
  case SocketRole::Send:
  case SocketRole::SendTo:
  case SocketRole::SendMsg:
  case SocketRole::SendMMsg:
    return true;
  default:
    return false;
  }
}

/// The `%select` index of what a serving socket does, for the note.
unsigned activityIndex(SocketRole Role) {
  switch (Role) {
  case SocketRole::Receive:
    return 0;
  case SocketRole::Listen:
    return 1;
  default:
    return 2; // accept
  }
}

bool isEarlier(const SocketUse *A, const SocketUse *B) {
  return !B || A->Where->getBeginLoc() < B->Where->getBeginLoc();
}

//===-- Where a getsockname() call can go ---------------------------------===//

/// The statement holding `S` directly in a `{ }` block, and that block.
/// Null under a label or in a switch body, where a new declaration may be
/// jumped over.
const Stmt *statementInBlock(const Stmt *S, const BodyParents &Parents,
                             const CompoundStmt *&Block) {
  const Stmt *Node = S;
  while (const Stmt *Parent = Parents.parentOf(Node)) {
    if (isa<SwitchCase>(Parent) || isa<LabelStmt>(Parent))
      return nullptr;
    Block = dyn_cast<CompoundStmt>(Parent);
    if (Block) {
      const Stmt *Outer = Parents.parentOf(Parent);
      return Outer && isa<SwitchStmt>(Outer) ? nullptr : Node;
    }
    Node = Parent;
  }
  return nullptr;
}

/// True if `Var` is in scope at the end of `Block`: a parameter, or a local
/// declared directly in `Block` or in a block around it.
bool isVisibleIn(const VarDecl *Var, const CompoundStmt *Block,
                 const BodyParents &Parents) {
  if (isa<ParmVarDecl>(Var))
    return true;
  const DeclStmt *Declaration = Parents.declarationOf(Var);
  const Stmt *Scope = Declaration ? Parents.parentOf(Declaration) : nullptr;
  if (!Scope || !isa<CompoundStmt>(Scope))
    return false;
  for (const Stmt *Node = Block; Node; Node = Parents.parentOf(Node))
    if (Node == Scope)
      return true;
  return false;
}

/// Every name the function declares or refers to; `HasLabel` is set when a
/// goto may jump over a declaration inserted later.
void collectNames(const Stmt *S, llvm::StringSet<> &Names, bool &HasLabel) {
  if (!S)
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (Ref->getDecl()->getIdentifier())
      Names.insert(Ref->getDecl()->getName());
  if (const auto *Decls = dyn_cast<DeclStmt>(S))
    for (const Decl *D : Decls->decls())
      if (const auto *Named = dyn_cast<NamedDecl>(D);
          Named && Named->getIdentifier())
        Names.insert(Named->getName());
  HasLabel |= isa<LabelStmt>(S);
  for (const Stmt *Child : S->children())
    collectNames(Child, Names, HasLabel);
}

/// `Base`, or `Base_2`, `Base_3`... whichever the function does not use and
/// no macro defines.
std::string freshName(llvm::StringRef Base, const llvm::StringSet<> &Used,
                      ASTContext &Ctx) {
  auto IsFree = [&](llvm::StringRef Name) {
    if (Used.contains(Name))
      return false;
    auto Found = Ctx.Idents.find(Name);
    return Found == Ctx.Idents.end() ||
           !Found->getValue()->hasMacroDefinition();
  };
  std::string Name = Base.str();
  for (unsigned Suffix = 2; !IsFree(Name); ++Suffix)
    Name = (Base + "_" + llvm::Twine(Suffix)).str();
  return Name;
}

/// The location just past `S`, including the `;` that ends it.
SourceLocation endOfStatement(const Stmt *S, const SourceManager &SM,
                              const LangOptions &LangOpts) {
  std::optional<Token> Next =
      Lexer::findNextToken(S->getEndLoc(), SM, LangOpts);
  if (Next && Next->is(tok::semi) && !isa<DeclStmt>(S))
    return Next->getEndLoc();
  return Lexer::getLocForEndOfToken(S->getEndLoc(), 0, SM, LangOpts);
}

/// The blanks that start the line `Loc` is on.
llvm::StringRef indentationAt(SourceLocation Loc, const SourceManager &SM) {
  std::pair<FileID, unsigned> Where = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(Where.first, &Invalid);
  if (Invalid)
    return "";
  size_t LineStart = Buffer.rfind('\n', Where.second);
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  return Buffer.substr(LineStart).take_while(
      [](char C) { return C == ' ' || C == '\t'; });
}

/// True if the socket lives and dies with this function, so nobody else can
/// read its port.
bool isOwnedHere(const CallFacts &Bind) {
  // A descriptor that lives in a parameter, a global or a struct the caller
  // can see may be queried by the caller once this function returns.
  const auto *Var =
      Bind.Socket ? dyn_cast<VarDecl>(Bind.Socket->Root) : nullptr;
  if (!Var || isa<ParmVarDecl>(Var) || !Var->hasLocalStorage())
    return false;
  // A BSD descriptor must also come from socket() here, not from a helper
  // that may have kept a copy.
  return Bind.Api.Api != SocketFamily::Bsd || Bind.Origin.Traced;
}

/// The insertion of `getsockname()` after the statement holding `After`, or
/// nothing when it might not compile or not run.
std::optional<FixItHint> queryInsertion(const CallFacts &Bind,
                                        const Stmt *After,
                                        const FunctionDecl *Function,
                                        const BodyParents &Parents,
                                        llvm::StringSet<> &Inserted,
                                        ASTContext &Ctx) {
  // `getsockname(fd, (struct sockaddr *)&sa, &sa_len)` needs a descriptor
  // variable and a plain, writable local address object.
  // A helper's bind is the helper's to fix.
  if (Bind.Api.Api != SocketFamily::Bsd || !Bind.Call || !Bind.Chain.empty() ||
      !Bind.Api.SocketExpr ||
      !Bind.Address.Object || !Bind.Address.Object->Path.empty())
    return std::nullopt;
  const auto *Object = dyn_cast<VarDecl>(Bind.Address.Object->Root);
  const auto *FdRef =
      dyn_cast<DeclRefExpr>(Bind.Api.SocketExpr->IgnoreParenImpCasts());
  const auto *Fd = FdRef ? dyn_cast<VarDecl>(FdRef->getDecl()) : nullptr;
  if (!Object || isa<ParmVarDecl>(Object) || !Object->hasLocalStorage() ||
      !Object->getType()->isRecordType() ||
      Object->getType().isConstQualified() || !Fd)
    return std::nullopt;

  const CompoundStmt *Block = nullptr;
  const Stmt *Anchor = statementInBlock(After, Parents, Block);
  // Code after a return would never run.
  if (!Anchor || isa<ReturnStmt>(Anchor) ||
      !isVisibleIn(Object, Block, Parents) || !isVisibleIn(Fd, Block, Parents))
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  for (SourceLocation Loc :
       {Anchor->getBeginLoc(), Anchor->getEndLoc(), Bind.Call->getBeginLoc(),
        Bind.Call->getEndLoc(), Object->getLocation(), Fd->getLocation()})
    if (Loc.isInvalid() || Loc.isMacroID())
      return std::nullopt;

  llvm::StringSet<> Used;
  bool HasLabel = false;
  collectNames(Function->getBody(), Used, HasLabel);
  for (const ParmVarDecl *Param : Function->parameters())
    if (Param->getIdentifier())
      Used.insert(Param->getName());
  // Another finding's fix may declare a length in the same block.
  for (const auto &Name : Inserted)
    Used.insert(Name.getKey());
  // In C++ a goto may not jump over the new declaration's initialisation.
  if (HasLabel && Ctx.getLangOpts().CPlusPlus)
    return std::nullopt;

  SourceLocation Insert = endOfStatement(Anchor, SM, Ctx.getLangOpts());
  if (Insert.isInvalid() || Insert.isMacroID())
    return std::nullopt;
  std::string Length = freshName((Object->getName() + "_len").str(), Used, Ctx);
  Inserted.insert(Length);
  llvm::StringRef Indent = indentationAt(Anchor->getBeginLoc(), SM);
  std::string Text =
      ("\n" + Indent + "socklen_t " + Length + " = sizeof " +
       Object->getName() + ";\n" + Indent + "getsockname(" + Fd->getName() +
       ", (struct sockaddr *)&" + Object->getName() + ", &" + Length + ");")
          .str();
  return FixItHint::CreateInsertion(Insert, Text);
}

} // namespace

UnqueriedEphemeralCheck::UnqueriedEphemeralCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      QueryFunctions(Options.get("QueryFunctions", "")),
      StrictMode(parseBoolOption(Options.get("StrictMode", "false"), *this,
                                 "StrictMode")),
      Analysis(SocketAnalysis::shared({{}, parseNameList(QueryFunctions)})) {}

void UnqueriedEphemeralCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "QueryFunctions", QueryFunctions);
  Options.store(Opts, "StrictMode", StrictMode ? "true" : "false");
}

void UnqueriedEphemeralCheck::registerMatchers(MatchFinder *Finder) {
  Enclosing = EnclosingCallable::registeredOn(Finder);
  addBindMatchers(Finder, this, Analysis);
}

void UnqueriedEphemeralCheck::check(const MatchFinder::MatchResult &Result) {
  const FunctionDecl *Function =
      Enclosing->of(*matchedBindExpr(Result), *Result.SourceManager);
  if (!Function)
    return;
  const FunctionFacts &InFunction =
      Analysis->factsFor(Function, *Result.Context);
  const CallFacts *Bind = matchedBind(Result, InFunction);
  if (!Bind || !Bind->Address.isCertainlyPortZero())
    return;
  // `QVERIFY(!server.listen())`: the test goes on only if nothing listens.
  if (Bind->Call && Bind->Chain.empty() &&
      isAssertedToFail(Bind->Call, Function->getBody(), InFunction.parents()))
    return;
  const AddressValue &Address = Bind->Address.Value;
  // Raw, ICMP and AF_PACKET sockets have no port to learn.
  SocketKind Kind = InFunction.socketKind(*Bind);
  if (!hasPorts(Kind))
    return;
  // A socket kept in a member of the object is followed through its class.
  const auto *Member =
      Bind->Socket->Path.empty() ? dyn_cast<FieldDecl>(Bind->Socket->Root) : nullptr;
  if (!StrictMode && !Member && !isOwnedHere(*Bind))
    return;
  std::optional<ServerUse> Server =
      Member && !StrictMode ? memberServerUse(*Member, Kind, Bind->Api.BindListens)
                            : serverUse(InFunction, *Bind, Kind);
  if (!Server)
    return;

  // The read-back goes after listen() (or after bind() for a datagram
  // socket): only then is the port assigned for good.
  const Stmt *After = Server->Use->Role == SocketRole::Listen
                          ? Server->Use->Where
                          : static_cast<const Stmt *>(Bind->Call);
  if (After && !QueriedAfter.insert(After).second)
    return;

  SourceLocation BindLoc =
      Bind->Call ? Bind->Call->getExprLoc() : Bind->Construct->getExprLoc();
  diag(BindLoc, "socket is bound to an ephemeral port (port 0) and "
                "%select{only receives|listens}0, but the assigned port is "
                "never read with %1")
      << Server->Listens << portQueryName(Bind->Api.Api);
  noteAddressOrigin(*this, Address);
  noteCallChain(*this, Bind->Call, Bind->Chain);
  // zmq_bind() listens where it binds: the warning says so already.
  const Stmt *BoundAt = Bind->Chain.empty()
                            ? static_cast<const Stmt *>(Bind->Call)
                            : Bind->Chain.back();
  if (Server->Use->noteLocation() != BoundAt)
    diag(Server->Use->noteLocation()->getBeginLoc(),
         "the socket %select{receives|listens|accepts connections}0 here",
         DiagnosticIDs::Note)
        << activityIndex(Server->Use->Role);

  if (std::optional<FixItHint> Fix = queryInsertion(
          *Bind, After, Function, InFunction.parents(),
          InsertedNames[Function], *Result.Context))
    diag(Fix->RemoveRange.getBegin(),
         "read the assigned port with getsockname()", DiagnosticIDs::Note)
        << *Fix;
}

namespace {
/// What the uses of a bound socket show: whether someone can learn its port,
/// and its first listen()/accept() and receive.
struct ServerEvidence {
  bool Strict;
  /// The bound socket carries the traffic itself (zmq_bind listens and
  /// its socket sends replies): sending does not make it a client.
  bool ServesOnBoundSocket;
  const SocketUse *Listen = nullptr;
  const SocketUse *Receive = nullptr;
  bool Learnable = false;

  /// Takes one use; false once the answer cannot change.
  bool add(const SocketUse &Use) {
    // Whoever receives the descriptor may ask for the port.
    if (Use.What == SocketUse::Kind::Escape) {
      Learnable = !Strict;
      return Strict;
    }
    // A client that binds only to choose its source address.
    bool Client = isClientRole(Use.Role) &&
                  !(ServesOnBoundSocket && Use.Role == SocketRole::Send);
    if (Use.Role == SocketRole::Query || Use.Role == SocketRole::Monitor ||
        Client) {
      Learnable = true;
      return false;
    }
    if ((Use.Role == SocketRole::Listen || Use.Role == SocketRole::Accept) &&
        isEarlier(&Use, Listen))
      Listen = &Use;
    else if (Use.Role == SocketRole::Receive && isEarlier(&Use, Receive))
      Receive = &Use;
    return true;
  }

  std::optional<UnqueriedEphemeralCheck::ServerUse> server(SocketKind Kind) const {
    if (Learnable)
      return std::nullopt;
    // listen() proves a stream socket even when socket()'s type is unknown;
    // only a known datagram socket counts receiving as serving.
    if (Listen && Kind != SocketKind::Datagram)
      return UnqueriedEphemeralCheck::ServerUse{Listen, true};
    if (Receive && Kind == SocketKind::Datagram)
      return UnqueriedEphemeralCheck::ServerUse{Receive, false};
    return std::nullopt;
  }
};
} // namespace

std::optional<UnqueriedEphemeralCheck::ServerUse>
UnqueriedEphemeralCheck::serverUse(const FunctionFacts &InFunction,
                                   const CallFacts &Bind,
                                   SocketKind Kind) const {
  if (!Bind.Socket)
    return std::nullopt;
  // Stored before the bind (`srv->fd = fd;`) counts as much as after; calls
  // before it (setsockopt, uv_tcp_init) only prepare the socket.
  if (!StrictMode && InFunction.isStoredOrReturned(*Bind.Socket))
    return std::nullopt;
  // A monitor attached before the bind is told its endpoint.
  if (InFunction.hasCallWithRole(*Bind.Socket, SocketRole::Monitor))
    return std::nullopt;
  ServerEvidence Evidence{StrictMode, Bind.Api.BindListens};
  InFunction.visitUsesAfter(Bind, *Bind.Socket, [&](const SocketUse &Use) {
    return Evidence.add(Use);
  });
  return Evidence.server(Kind);
}

std::optional<UnqueriedEphemeralCheck::ServerUse>
UnqueriedEphemeralCheck::memberServerUse(const FieldDecl &Member,
                                         SocketKind Kind,
                                         bool ServesOnBoundSocket) {
  // A member's uses are its class's: in any method, in any order.
  const std::optional<std::vector<SocketUse>> &Uses =
      Analysis->memberUses(&Member);
  if (!Uses)
    return std::nullopt;
  MemberUses = *Uses;
  ServerEvidence Evidence{StrictMode, ServesOnBoundSocket};
  for (const SocketUse &Use : MemberUses)
    if (!Evidence.add(Use))
      break;
  return Evidence.server(Kind);
}

} // namespace clang::tidy::port
