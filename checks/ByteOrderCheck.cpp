//===--- ByteOrderCheck.cpp - port-byte-order -----------------------------===//
//
// sin_port/sin6_port hold network byte order. The shared analysis records
// every store into them with how the value was produced (a constant, a
// conversion, or a value of host/network/unknown order, following locals);
// this check only decides and builds the edits. A value of unknown order (a
// parameter, a struct field, a port copied from another address) is never
// reported.
//
//===----------------------------------------------------------------------===//

#include "ByteOrderCheck.h"
#include "CalleeNames.h"
#include "analysis/IntegerFolding.h"
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
  // macOS declares htons only as a macro.
  IdentifierInfo &Htons = Ctx.Idents.get("htons");
  if (!Htons.hasMacroDefinition() &&
      Ctx.getTranslationUnitDecl()->lookup(&Htons).empty())
    return {};
  return {FixItHint::CreateInsertion(Begin, "htons("),
          FixItHint::CreateInsertion(
              Lexer::getLocForEndOfToken(End, 0, SM, LangOpts), ")")};
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
  // `htons(70000)`: -O2's `__bswap_16(70000)` is a call too.
  std::vector<llvm::StringRef> Conversions(
      byteOrderConversionNames(ByteOrderConversion::Short));
  llvm::append_range(Conversions,
                     byteOrderConversionNames(ByteOrderConversion::Identity));
  Finder->addMatcher(callExpr(calleeNamed(Conversions), argumentCountIs(1),
                              hasArgument(0, hasType(isInteger())),
                              unless(isExpansionInSystemHeader()))
                         .bind(ConversionId),
                     this);
}

void ByteOrderCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>(ConversionId)) {
    checkRange(Call, Ctx);
    return;
  }
  const auto *Node = Result.Nodes.getNodeAs<Stmt>(FieldUseId);
  const FunctionDecl *Function = Enclosing->of(*Node, *Result.SourceManager);
  if (!Function || !Checked.insert(Function).second ||
      (getLangOpts().CPlusPlus && isInstantiatedCode(*Function)))
    return;
  for (const PortWrite &Write : Analysis->factsFor(Function, Ctx).portWrites())
    checkWrite(Write, Ctx);
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
    // next as a conversion to host order).
    llvm::StringRef Short = "htons";
    diag(SM.getExpansionLoc(Shape.Conversion->getBeginLoc()),
         "%0() converts a 32-bit value; a port needs %1()")
        << Name << Short
        << rename(writtenCall(Shape.Conversion, Ctx),
                  Shape.ToHost ? "ntohl" : "htonl", Short);
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
  const auto *Inner = dyn_cast<CallExpr>(Shape.Operand->IgnoreParenCasts());
  bool InnerIsShort =
      Inner && (classifyByteOrderCall(Inner) == ByteOrderConversion::Short ||
                classifyByteOrderCall(Inner) == ByteOrderConversion::Identity);
  bool InnerToHost =
      InnerIsShort && conversionSpelling(Inner, Ctx).starts_with("ntoh");

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
    diag(Loc, "%0() yields host byte order; %1 expects network byte order")
        << conversionSpelling(Outer, Ctx) << fieldName(Write);
    // Likely, not certain: the value may have been meant for another field.
    diag(Loc, "use htons() to convert to network byte order",
         DiagnosticIDs::Note)
        << rename(Written, "ntohs", "htons");
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

void ByteOrderCheck::checkRange(const CallExpr *Call, ASTContext &Ctx) {
  ByteOrderConversion Conversion = classifyByteOrderCall(Call);
  if (Conversion != ByteOrderConversion::Short &&
      Conversion != ByteOrderConversion::Identity)
    return;
  // The argument as written, before the implicit narrowing to uint16_t.
  const Expr *Arg = Call->getArg(0)->IgnoreParenImpCasts();
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

} // namespace clang::tidy::port
