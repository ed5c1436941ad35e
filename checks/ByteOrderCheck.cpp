//===--- ByteOrderCheck.cpp - port-byte-order -----------------------------===//
//
// sin_port/sin6_port hold network byte order. The shared analysis records
// every store into them with how the value was produced (a constant, a
// conversion, or a value of host/network/unknown order, following locals);
// this check only decides and builds the edits. A value of unknown order (a
// parameter, a struct field) is never reported. The other way round, the
// analysis names the port reads used as numbers without ntohs() (PortReads.h).
//
//===----------------------------------------------------------------------===//

#include "ByteOrderCheck.h"
#include "CalleeNames.h"
#include "analysis/ExprShapes.h"
#include "analysis/IntegerFolding.h"
#include "analysis/PortReads.h"
#include "analysis/SocketApi.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/MathExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::port {
namespace {

constexpr llvm::StringLiteral FieldUseId = "field-use";
constexpr llvm::StringLiteral ConversionId = "conversion";

/// A call as written in a file: `htons ( ... )`.
struct WrittenCall {
  SourceLocation Name, LParen, RParen;
  SourceLocation After; ///< the token after the closing parenthesis
  llvm::StringRef Spelling;
};

/// Lexes `name ( ... )` at `NameLoc` without expanding macros.
std::optional<WrittenCall> lexCallAt(SourceLocation NameLoc,
                                     const SourceManager &SM,
                                     const LangOptions &LangOpts) {
  if (NameLoc.isInvalid() || !NameLoc.isFileID())
    return std::nullopt;
  auto [File, Offset] = SM.getDecomposedLoc(NameLoc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return std::nullopt;
  Lexer Raw(SM.getLocForStartOfFile(File), LangOpts, Buffer.begin(),
            Buffer.begin() + Offset, Buffer.end());
  Token Tok;
  Raw.LexFromRawLexer(Tok);
  if (!Tok.is(tok::raw_identifier))
    return std::nullopt;
  WrittenCall Call;
  Call.Name = Tok.getLocation();
  Call.Spelling = Tok.getRawIdentifier();
  Raw.LexFromRawLexer(Tok);
  if (!Tok.is(tok::l_paren))
    return std::nullopt;
  Call.LParen = Tok.getLocation();
  for (unsigned Depth = 1; Depth;) {
    Raw.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof))
      return std::nullopt;
    Depth += Tok.is(tok::l_paren);
    Depth -= Tok.is(tok::r_paren);
  }
  Call.RParen = Tok.getLocation();
  Raw.LexFromRawLexer(Tok);
  Call.After = Tok.getLocation();
  return Call;
}

/// `Call` as the user wrote it, when a fix-it may edit it: directly in a
/// file, or as glibc's function-like macro of the same name (-O2 `htons(x)`
/// is `__bswap_16 (x)`), but not inside any other macro.
std::optional<WrittenCall> writtenCall(const CallExpr *Call,
                                       const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LangOpts = Ctx.getLangOpts();
  SourceLocation Begin = Call->getBeginLoc(), End = Call->getEndLoc();
  if (Begin.isMacroID() &&
      !Lexer::isAtStartOfMacroExpansion(Begin, SM, LangOpts, &Begin))
    return std::nullopt;
  if (End.isMacroID() &&
      !Lexer::isAtEndOfMacroExpansion(End, SM, LangOpts, &End))
    return std::nullopt;
  if (!Begin.isFileID() || SM.isInSystemHeader(Begin))
    return std::nullopt;
  std::optional<WrittenCall> Written = lexCallAt(Begin, SM, LangOpts);
  // `PORT_OF(x)` expanding to `htons(x)` is not the call itself.
  if (!Written || Written->RParen != End ||
      Written->Spelling != conversionSpelling(Call, Ctx))
    return std::nullopt;
  return Written;
}

/// The conversion call written as the whole argument of `Outer`:
/// `ntohs(x)` in `htons(ntohs(x))`.
std::optional<WrittenCall> writtenArgumentCall(const WrittenCall &Outer,
                                               const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::optional<WrittenCall> Inner = lexCallAt(
      Lexer::getLocForEndOfToken(Outer.LParen, 0, SM, Ctx.getLangOpts()), SM,
      Ctx.getLangOpts());
  if (!Inner || Inner->After != Outer.RParen)
    return std::nullopt;
  return Inner;
}

/// Removes `name(` and `)`, keeping the argument.
llvm::SmallVector<FixItHint, 2> unwrap(const WrittenCall &Call) {
  return {FixItHint::CreateRemoval(
              CharSourceRange::getTokenRange(Call.Name, Call.LParen)),
          FixItHint::CreateRemoval(
              CharSourceRange::getTokenRange(Call.RParen, Call.RParen))};
}

std::optional<FixItHint> rename(const std::optional<WrittenCall> &Call,
                                llvm::StringRef From, llvm::StringRef To) {
  if (!Call || Call->Spelling != From)
    return std::nullopt;
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Call->Name, Call->Name), To);
}

/// True if the function or macro `Name` is declared, so that code calling
/// it compiles (macOS declares htons and ntohs only as macros).
bool isDeclared(llvm::StringRef Name, ASTContext &Ctx) {
  IdentifierInfo &Id = Ctx.Idents.get(Name);
  return Id.hasMacroDefinition() ||
         !Ctx.getTranslationUnitDecl()->lookup(&Id).empty();
}

/// Wraps `E` in `htons(...)` when `E` is written in a file (or is one whole
/// macro such as `PORT`) and `htons` is declared, so the result compiles.
llvm::SmallVector<FixItHint, 2> wrapInHtons(const Expr *E, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LangOpts = Ctx.getLangOpts();
  SourceLocation Begin = E->getBeginLoc(), End = E->getEndLoc();
  if (Begin.isMacroID() &&
      !Lexer::isAtStartOfMacroExpansion(Begin, SM, LangOpts, &Begin))
    return {};
  if (End.isMacroID() &&
      !Lexer::isAtEndOfMacroExpansion(End, SM, LangOpts, &End))
    return {};
  if (!Begin.isFileID() || !End.isFileID() || SM.isInSystemHeader(Begin))
    return {};
  if (!isDeclared("htons", Ctx))
    return {};
  return {FixItHint::CreateInsertion(Begin, "htons("),
          FixItHint::CreateInsertion(
              Lexer::getLocForEndOfToken(End, 0, SM, LangOpts), ")")};
}

/// True if the text between `Begin` and the end of the token at `End` is
/// delimited like a macro argument: `(` or `,` before it, `)` or `,` after.
bool isDelimitedAsArgument(SourceLocation Begin, SourceLocation End,
                           const SourceManager &SM,
                           const LangOptions &LangOpts) {
  auto [File, BeginOffset] = SM.getDecomposedLoc(Begin);
  unsigned EndOffset =
      SM.getFileOffset(Lexer::getLocForEndOfToken(End, 0, SM, LangOpts));
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid || EndOffset > Buffer.size() || EndOffset < BeginOffset)
    return false;
  llvm::StringRef Before = Buffer.take_front(BeginOffset).rtrim();
  llvm::StringRef After = Buffer.drop_front(EndOffset).ltrim();
  return !Before.empty() && !After.empty() &&
         (Before.back() == '(' || Before.back() == ',') &&
         (After.front() == ')' || After.front() == ',');
}

/// Wraps the port read `Read` in `ntohs(...)` when it is written in the file,
/// or is one whole argument of a macro written there (`LOG("%d",
/// sa.sin_port)`), and `ntohs` is declared.
llvm::SmallVector<FixItHint, 2> wrapInNtohs(const Expr *Read, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LangOpts = Ctx.getLangOpts();
  SourceLocation Begin = Read->getBeginLoc(), End = Read->getEndLoc();
  if (Begin.isMacroID() || End.isMacroID()) {
    if (!SM.isMacroArgExpansion(Begin) || !SM.isMacroArgExpansion(End))
      return {};
    Begin = SM.getImmediateSpellingLoc(Begin);
    End = SM.getImmediateSpellingLoc(End);
    if (!Begin.isFileID() || !End.isFileID() ||
        !isDelimitedAsArgument(Begin, End, SM, LangOpts))
      return {};
  }
  if (!Begin.isFileID() || !End.isFileID() || SM.isInSystemHeader(Begin) ||
      SM.getFileID(Begin) != SM.getFileID(End) || !isDeclared("ntohs", Ctx))
    return {};
  return {FixItHint::CreateInsertion(Begin, "ntohs("),
          FixItHint::CreateInsertion(
              Lexer::getLocForEndOfToken(End, 0, SM, LangOpts), ")")};
}

/// `htons(base) + i` as `htons(base + i)`: the conversion's `)` moves to
/// the end of the arithmetic. Only for `+`/`-` with the conversion, written
/// in the file, on the left.
llvm::SmallVector<FixItHint, 2>
convertAfterArithmetic(const PortValueShape &Shape, ASTContext &Ctx) {
  const BinaryOperator *Op = Shape.Arithmetic;
  if (!Shape.Conversion || !Op || !Op->isAdditiveOp() ||
      Op->getLHS()->IgnoreParenImpCasts() != Shape.Operand ||
      conversionCallOf(Shape.Operand) != Shape.Conversion)
    return {};
  std::optional<WrittenCall> Written = writtenCall(Shape.Conversion, Ctx);
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation End = Op->getEndLoc();
  if (!Written || End.isMacroID() || SM.isInSystemHeader(End))
    return {};
  return {FixItHint::CreateRemoval(
              CharSourceRange::getTokenRange(Written->RParen, Written->RParen)),
          FixItHint::CreateInsertion(
              Lexer::getLocForEndOfToken(End, 0, SM, Ctx.getLangOpts()), ")")};
}

llvm::StringRef fieldName(const PortWrite &Write) {
  return Write.Field ? Write.Field->getName() : "sin_port";
}

bool isMemoryRead(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *Op = dyn_cast<UnaryOperator>(E))
    return Op->getOpcode() == UO_Deref;
  return isa<MemberExpr>(E) || isa<ArraySubscriptExpr>(E);
}

} // namespace

void ByteOrderCheck::registerMatchers(MatchFinder *Finder) {
  Enclosing = EnclosingCallable::registeredOn(Finder);
  // Any function that names a port field, by member access or in an
  // initializer list; its port writes are checked once.
  // Two matchers rather than expr(anyOf(...)): the finder dispatches on the
  // outer node kind, so expr() would be tried on every expression in the TU.
  auto PortField = fieldDecl(hasAnyName("sin_port", "sin6_port"));
  Finder->addMatcher(
      memberExpr(member(PortField), unless(isExpansionInSystemHeader()))
          .bind(FieldUseId),
      this);
  Finder->addMatcher(initListExpr(hasType(hasCanonicalType(hasDeclaration(
                                      recordDecl(has(PortField))))),
                                  unless(isExpansionInSystemHeader()))
                         .bind(FieldUseId),
                     this);
  // `htons(70000)`: -O2's `__bswap_16(70000)` is a call too; Winsock's
  // `WSANtohs(s, net, &sa.sin_port)` converts into its last argument. One
  // matcher for both: each is tried on every call.
  std::vector<llvm::StringRef> Conversions(
      byteOrderConversionNames(ByteOrderConversion::Short));
  llvm::append_range(Conversions,
                     byteOrderConversionNames(ByteOrderConversion::Identity));
  llvm::append_range(Conversions,
                     llvm::ArrayRef<llvm::StringRef>{"WSAHtons", "WSANtohs",
                                                     "WSAHtonl", "WSANtohl"});
  Finder->addMatcher(
      callExpr(calleeNamed(Conversions), unless(isExpansionInSystemHeader()))
          .bind(ConversionId),
      this);
  // A helper that stores its argument into a port, or a library call that
  // converts it: the caller's argument must be in the order it expects.
  Finder->addMatcher(callExpr(calleeNamedOrHelper(hostOrderPortFunctionNames(),
                                                  Analysis),
                              unless(isExpansionInSystemHeader()))
                         .bind(FieldUseId),
                     this);
}

void ByteOrderCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>(ConversionId)) {
    if (std::optional<OutParameterConversion> Out =
            outParameterConversion(Call))
      checkOutParameter(Call, *Out, Ctx);
    else if (Call->getNumArgs() == 1)
      checkRange(Call, Call->getArg(0), Ctx);
    return;
  }
  const auto *Node = Result.Nodes.getNodeAs<Stmt>(FieldUseId);
  const FunctionDecl *Function = Enclosing->of(*Node, *Result.SourceManager);
  if (!Function || !Checked.insert(Function).second ||
      (getLangOpts().CPlusPlus && isInstantiatedCode(*Function)))
    return;
  const FunctionFacts &Facts = Analysis->factsFor(Function, Ctx);
  for (const PortWrite &Write : Facts.portWrites())
    checkWrite(Write, Ctx);
  for (const PortArgument &Argument : Facts.portArguments())
    checkArgument(Argument, Ctx);
  for (const PortNumberRead &Read : findPortNumberReads(
           Function->getBody(), Ctx,
           [&]() -> const BodyParents & { return Facts.parents(); }))
    checkRead(Read, Ctx);
}

void ByteOrderCheck::checkRead(const PortNumberRead &Read, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Begin = Read.Read->getBeginLoc();
  if (SM.isInSystemHeader(SM.getExpansionLoc(Begin)))
    return;
  // A macro may expand one written read several times (macOS's ntohs).
  SourceLocation Loc = SM.getFileLoc(Begin);
  if (!ReportedReads.insert(Loc).second)
    return;
  {
    auto Diag = diag(Loc, "%0 is in network byte order; use ntohs() before "
                          "using it as a number")
                << Read.Field->getName();
    // Converting at the read is right only if nothing else wants the
    // network-order value, and a written-to field cannot be wrapped.
    if (!Read.Modified && Read.EveryUseIsNumeric)
      Diag << wrapInNtohs(Read.Read, Ctx);
  }
  if (Read.Through)
    diag(SM.getFileLoc(Read.UseRead->getBeginLoc()),
         "the port is %select{printed|compared with a number|used in "
         "arithmetic|used as an array index}0 here",
         DiagnosticIDs::Note)
        << static_cast<unsigned>(Read.Use);
}

void ByteOrderCheck::checkOutParameter(const CallExpr *Call,
                                       const OutParameterConversion &Out,
                                       ASTContext &Ctx) {
  if (Out.ValueArg < Call->getNumArgs() && Out.Short)
    checkRange(Call, Call->getArg(Out.ValueArg), Ctx);
  if (Out.OutArg >= Call->getNumArgs() || isInstantiated(*Call, Ctx))
    return;
  // `WSANtohs(s, net, &sa.sin_port)` stores host order into the field.
  const auto *Pointer =
      dyn_cast<UnaryOperator>(Call->getArg(Out.OutArg)->IgnoreParenCasts());
  const FieldDecl *Field = Pointer && Pointer->getOpcode() == UO_AddrOf
                               ? portFieldOf(Pointer->getSubExpr())
                               : nullptr;
  if (!Field)
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = SM.getExpansionLoc(Call->getBeginLoc());
  const FunctionDecl *Callee = Call->getDirectCallee();
  llvm::StringRef Name = Callee->getName();
  if (!Out.Short) {
    diag(Loc, "%0() converts a 32-bit value; a port needs %1()")
        << Name << "WSAHtons";
    return;
  }
  if (!Out.ToHost)
    return;
  diag(Loc, "%0() yields host byte order; %1 expects network byte order")
      << Name << Field->getName();
  std::optional<WrittenCall> Written =
      lexCallAt(Call->getBeginLoc(), SM, Ctx.getLangOpts());
  if (Written && SM.isInSystemHeader(Written->Name))
    Written.reset();
  // Likely, not certain: the value may have been meant for another field.
  diag(Loc, "use %0() to convert to network byte order", DiagnosticIDs::Note)
      << "WSAHtons" << rename(Written, Name, "WSAHtons");
}

void ByteOrderCheck::checkWrite(const PortWrite &Write, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = SM.getExpansionLoc(Write.Value->getBeginLoc());
  if (SM.isInSystemHeader(Loc))
    return;
  llvm::StringRef Field = fieldName(Write);
  const PortValueShape &Shape = Write.Shape;
  switch (Shape.What) {
  case PortValueShape::Kind::Constant: {
    // 0, 0x0101...: the same in both byte orders.
    if (Shape.Order != ByteOrder::Host || !Shape.Constant)
      return;
    auto Diag = diag(Loc, "port %0 is stored in host byte order; %1 expects "
                          "network byte order");
    Diag << *Shape.Constant << Field;
    // htons() of a constant above 65535 would only trade one defect for
    // another.
    if (*Shape.Constant <= 0xffff)
      Diag << wrapInHtons(Write.Value, Ctx);
    return;
  }
  case PortValueShape::Kind::NetworkArithmetic: {
    // `htons(base) + i` and `other.sin_port + 1` alike: the sum of a
    // network-order value and a number is no port in either order.
    diag(Loc, "port arithmetic is done in network byte order; %0 gets a "
              "different port")
        << Field;
    // Likely, not certain: the conversion may be where it was meant to be.
    if (llvm::SmallVector<FixItHint, 2> Fix =
            convertAfterArithmetic(Shape, Ctx);
        !Fix.empty())
      diag(SM.getExpansionLoc(Shape.Conversion->getBeginLoc()),
           "do the arithmetic before %0()", DiagnosticIDs::Note)
          << conversionSpelling(Shape.Conversion, Ctx) << Fix;
    return;
  }
  case PortValueShape::Kind::Plain:
    if (Shape.Order == ByteOrder::Host)
      diag(Loc, "port is stored in host byte order; %0 expects network byte "
                "order")
          << Field << wrapInHtons(Write.Value, Ctx);
    return;
  case PortValueShape::Kind::LongConversion: {
    llvm::StringRef Name = conversionSpelling(Shape.Conversion, Ctx);
    // The field holds network order, so the 16-bit call that belongs there
    // is htons() even where ntohl() was written (ntohs() would be flagged
    // next as a conversion to host order); be32toh() likewise wants
    // htobe16().
    llvm::StringRef Short = shortNetworkConversion(Name);
    diag(SM.getExpansionLoc(Shape.Conversion->getBeginLoc()),
         "%0() converts a 32-bit value; a port needs %1()")
        << Name << (Short.empty() ? "htons" : Short)
        << (Short.empty()
                ? std::optional<FixItHint>()
                : rename(writtenCall(Shape.Conversion, Ctx), Name, Short));
    return;
  }
  case PortValueShape::Kind::ShortConversion:
    checkShortConversion(Write, Ctx);
    return;
  }
}

void ByteOrderCheck::checkShortConversion(const PortWrite &Write,
                                          ASTContext &Ctx) {
  const PortValueShape &Shape = Write.Shape;
  const CallExpr *Outer = Shape.Conversion;
  SourceLocation Loc =
      Ctx.getSourceManager().getExpansionLoc(Outer->getBeginLoc());
  std::optional<WrittenCall> Written = writtenCall(Outer, Ctx);
  const CallExpr *Inner = conversionCallOf(Shape.Operand);
  bool InnerIsShort =
      Inner && (classifyByteOrderCall(Inner) == ByteOrderConversion::Short ||
                classifyByteOrderCall(Inner) == ByteOrderConversion::Identity);
  bool InnerToHost = InnerIsShort && convertsToHost(Inner, Ctx);

  if (InnerIsShort && InnerToHost != Shape.ToHost) {
    // `htons(ntohs(x))` stores x: right when x is a port already in network
    // order, as a field read from another address usually is.
    const Expr *Operand = Inner->getArg(0);
    if (Shape.InnerOrder == ByteOrder::Network ||
        Shape.InnerOrder == ByteOrder::Mixed ||
        (Shape.InnerOrder == ByteOrder::Unknown && isMemoryRead(Operand)))
      return;
    auto Diag = diag(Loc, "%0() undoes %1(); the port is stored unconverted");
    Diag << conversionSpelling(Outer, Ctx) << conversionSpelling(Inner, Ctx);
    // Keep the conversion to network order.
    if (Written && Shape.ToHost)
      Diag << unwrap(*Written);
    else if (Written)
      if (std::optional<WrittenCall> Arg = writtenArgumentCall(*Written, Ctx);
          Arg && Arg->Spelling == conversionSpelling(Inner, Ctx))
        Diag << unwrap(*Arg);
    return;
  }
  if (Shape.ToHost) {
    llvm::StringRef Name = conversionSpelling(Outer, Ctx);
    llvm::StringRef ToNetwork = counterpartConversion(Name);
    diag(Loc, "%0() yields host byte order; %1 expects network byte order")
        << Name << fieldName(Write);
    // Likely, not certain: the value may have been meant for another field.
    diag(Loc, "use %0() to convert to network byte order", DiagnosticIDs::Note)
        << (ToNetwork.empty() ? "htons" : ToNetwork)
        << (ToNetwork.empty() ? std::optional<FixItHint>()
                              : rename(Written, Name, ToNetwork));
    return;
  }
  // htons() of a value already in network order, directly or through a
  // local that holds one.
  if (Shape.Order != ByteOrder::Network)
    return;
  auto Diag = diag(Loc, "port is converted to network byte order twice");
  if (Written)
    Diag << unwrap(*Written);
}

bool ByteOrderCheck::isInstantiated(const Stmt &Node, ASTContext &Ctx) const {
  if (!getLangOpts().CPlusPlus)
    return false;
  if (const FunctionDecl *Function =
          Enclosing->of(Node, Ctx.getSourceManager()))
    return isInstantiatedCode(*Function);
  // Outside functions (a static member's initializer) only the parent map
  // knows; this is asked just before reporting, so the map is rarely built.
  return !match(stmt(ast_matchers::isInTemplateInstantiation()), Node, Ctx)
              .empty();
}

void ByteOrderCheck::checkRange(const CallExpr *Call, const Expr *Converted,
                                ASTContext &Ctx) {
  ByteOrderConversion Conversion = classifyByteOrderCall(Call);
  if (Conversion != ByteOrderConversion::Short &&
      Conversion != ByteOrderConversion::Identity &&
      !outParameterConversion(Call))
    return;
  // The argument as written, before the implicit narrowing to uint16_t.
  const Expr *Arg = Converted->IgnoreParenImpCasts();
  std::optional<uint64_t> Value = foldInteger(Arg, Ctx);
  if (!Value || !Arg->getType()->isIntegerType())
    return;
  unsigned Width = Ctx.getTypeSize(Arg->getType());
  bool Negative = Arg->getType()->isSignedIntegerType() && Width <= 64 &&
                  ((*Value >> (Width - 1)) & 1);
  if ((!Negative && *Value <= 0xffff) || isInstantiated(*Call, Ctx))
    return;
  auto Diag = diag(Ctx.getSourceManager().getExpansionLoc(Call->getBeginLoc()),
                   "port %0 is out of range; %1() truncates it to %2");
  if (Negative)
    Diag << llvm::SignExtend64(*Value, Width);
  else
    Diag << *Value;
  Diag << conversionSpelling(Call, Ctx) << (*Value & 0xffff);
}

void ByteOrderCheck::checkArgument(const PortArgument &Argument,
                                   ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = SM.getExpansionLoc(Argument.Value->getBeginLoc());
  if (SM.isInSystemHeader(Loc))
    return;
  const PortValueShape &Shape = Argument.Shape;
  const FunctionDecl *Callee = Argument.Call->getDirectCallee();
  llvm::StringRef Helper =
      Callee && Callee->getIdentifier() ? Callee->getName() : "";
  if (Helper.empty())
    return;
  if (!Argument.Converted) {
    // The helper stores the argument as it is: it must be in network order.
    bool HostConstant = Shape.What == PortValueShape::Kind::Constant &&
                        Shape.Order == ByteOrder::Host && Shape.Constant;
    bool HostValue = Shape.What == PortValueShape::Kind::Plain &&
                     Shape.Order == ByteOrder::Host;
    if (!HostConstant && !HostValue)
      return;
    if (HostConstant)
      diag(Loc, "port %0 is passed in host byte order; %1() stores it into "
                "sin_port unconverted")
          << *Shape.Constant << Helper;
    else
      diag(Loc, "port is passed in host byte order; %0() stores it into "
                "sin_port unconverted")
          << Helper;
    diag(SM.getExpansionLoc(Argument.Store->getBeginLoc()),
         "%0() stores the port as given here", DiagnosticIDs::Note)
        << Helper;
    // Likely, not certain: the helper may use the value for more.
    if (!HostConstant || *Shape.Constant <= 0xffff)
      diag(Loc, "convert the port with htons()", DiagnosticIDs::Note)
          << wrapInHtons(Argument.Value, Ctx);
    return;
  }
  // The helper converts the argument itself: it must be in host order.
  bool Converted =
      (Shape.What == PortValueShape::Kind::ShortConversion && !Shape.ToHost) ||
      (Shape.What == PortValueShape::Kind::Plain &&
       Shape.Order == ByteOrder::Network);
  if (!Converted)
    return;
  diag(Loc, "port is converted to network byte order twice; %0() converts "
            "it again")
      << Helper;
  if (Argument.Store)
    diag(SM.getExpansionLoc(Argument.Store->getBeginLoc()),
         "%0() converts the port here", DiagnosticIDs::Note)
        << Helper;
  if (Shape.What == PortValueShape::Kind::ShortConversion)
    if (std::optional<WrittenCall> Written = writtenCall(Shape.Conversion, Ctx))
      diag(Loc, "pass the port in host byte order", DiagnosticIDs::Note)
          << unwrap(*Written);
}

} // namespace clang::tidy::port
