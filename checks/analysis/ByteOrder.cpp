//===--- ByteOrder.cpp - host or network byte order of a value ------------===//

#include "ByteOrder.h"
#include "IntegerFolding.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::port {

ByteOrder joinByteOrder(ByteOrder A, ByteOrder B) {
  if (A == B)
    return A;
  if (A == ByteOrder::Mixed || B == ByteOrder::Mixed)
    return ByteOrder::Mixed;
  // Unknown joined with Host stays Host; with Network it is no longer sure.
  if ((A == ByteOrder::Unknown && B == ByteOrder::Host) ||
      (A == ByteOrder::Host && B == ByteOrder::Unknown))
    return ByteOrder::Host;
  return ByteOrder::Mixed;
}

llvm::StringRef conversionSpelling(const CallExpr *Call,
                                   const ASTContext &Ctx) {
  SourceLocation Loc = Call->getBeginLoc();
  if (Loc.isMacroID()) {
    // glibc's -O2 `htons(x)` is the macro `__bswap_16(x)`: name it as the
    // user wrote it. A conversion in another's argument (`htons(ntohs(x))`)
    // keeps its own name: macro arguments are followed to their spelling.
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation Written = SM.getTopMacroCallerLoc(Loc);
    Token Tok;
    if (!Lexer::getRawToken(Written, Tok, SM, Ctx.getLangOpts(), true) &&
        Tok.is(tok::raw_identifier))
      return Tok.getRawIdentifier();
  }
  const FunctionDecl *Callee = Call->getDirectCallee();
  return Callee && Callee->getIdentifier() ? Callee->getName() : "";
}

namespace {

const Expr *stripCasts(const Expr *E) { return E->IgnoreParenCasts(); }

bool isHostParseCall(llvm::StringRef Name) {
  return llvm::is_contained({"atoi", "atol", "atoll", "strtol", "strtoul",
                             "strtoll", "strtoull", "strtoimax", "strtoumax",
                             "stoi", "stol", "stoul", "stoll", "stoull"},
                            Name);
}

bool isSymmetric16(uint64_t V) {
  return ((V >> 8) & 0xff) == (V & 0xff) && V <= 0xffff;
}

/// True if folding `E` goes through a byte-order conversion: `htons(80)`,
/// or a const local initialised with one. Such a constant was converted on
/// purpose; it is not a host-order literal.
bool foldsThroughConversion(const Expr *E, unsigned Depth = 0) {
  // Depth counts variables followed: `const int a = a;` compiles in C.
  if (!E || Depth > 8)
    return false;
  E = E->IgnoreParens();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (classifyByteOrderCall(Call) != ByteOrderConversion::None)
      return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->getType().isConstQualified())
        return foldsThroughConversion(Var->getAnyInitializer(), Depth + 1);
  for (const Stmt *Child : E->children())
    if (foldsThroughConversion(dyn_cast_or_null<Expr>(Child), Depth))
      return true;
  return false;
}

} // namespace

ByteOrder
byteOrderOf(const Expr *E, const ASTContext &Ctx,
            llvm::function_ref<ByteOrder(const VarDecl *)> LocalOrder,
            CallOrder OfCall) {
  if (!E || E->isValueDependent() || E->containsErrors())
    return ByteOrder::Unknown;
  E = stripCasts(E);
  if (std::optional<uint64_t> V = foldInteger(E, Ctx);
      V && !foldsThroughConversion(E))
    return isSymmetric16(*V) ? ByteOrder::Unknown : ByteOrder::Host;
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    ByteOrderConversion Conversion = classifyByteOrderCall(Call);
    if (Conversion == ByteOrderConversion::None) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Callee && Callee->getIdentifier() &&
          isHostParseCall(Callee->getName()))
        return ByteOrder::Host;
      return OfCall ? OfCall(Call) : ByteOrder::Unknown;
    }
    return conversionSpelling(Call, Ctx).starts_with("ntoh")
               ? ByteOrder::Host
               : ByteOrder::Network;
  }
  if (const auto *Op = dyn_cast<UnaryOperator>(E))
    return Op->isIncrementDecrementOp() ? ByteOrder::Host : ByteOrder::Unknown;
  if (const auto *Op = dyn_cast<BinaryOperator>(E)) {
    if (Op->isAdditiveOp() || Op->isMultiplicativeOp() ||
        Op->getOpcode() == BO_AddAssign || Op->getOpcode() == BO_SubAssign) {
      // `htons(p) + 1` is not arithmetic on host values.
      if (byteOrderOf(Op->getLHS(), Ctx, LocalOrder, OfCall) == ByteOrder::Network ||
          byteOrderOf(Op->getRHS(), Ctx, LocalOrder, OfCall) == ByteOrder::Network)
        return ByteOrder::Unknown;
      return ByteOrder::Host;
    }
    if (Op->getOpcode() == BO_Comma)
      return byteOrderOf(Op->getRHS(), Ctx, LocalOrder, OfCall);
    return ByteOrder::Unknown;
  }
  if (const auto *Cond = dyn_cast<ConditionalOperator>(E)) {
    ByteOrder Joined =
        joinByteOrder(byteOrderOf(Cond->getTrueExpr(), Ctx, LocalOrder, OfCall),
                      byteOrderOf(Cond->getFalseExpr(), Ctx, LocalOrder, OfCall));
    return Joined == ByteOrder::Mixed ? ByteOrder::Unknown : Joined;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->hasLocalStorage() && !isa<ParmVarDecl>(Var))
        return LocalOrder(Var);
  return ByteOrder::Unknown;
}

PortValueShape
classifyPortValue(const Expr *E, const ASTContext &Ctx,
                  llvm::function_ref<ByteOrder(const VarDecl *)> LocalOrder,
                  CallOrder OfCall) {
  PortValueShape Shape;
  const Expr *Stripped = stripCasts(E);
  Shape.Operand = Stripped;
  if (const auto *Call = dyn_cast<CallExpr>(Stripped)) {
    ByteOrderConversion Conversion = classifyByteOrderCall(Call);
    if (Conversion == ByteOrderConversion::Short ||
        Conversion == ByteOrderConversion::Identity ||
        Conversion == ByteOrderConversion::Long) {
      Shape.What = Conversion == ByteOrderConversion::Long
                       ? PortValueShape::Kind::LongConversion
                       : PortValueShape::Kind::ShortConversion;
      Shape.Conversion = Call;
      Shape.ToHost = conversionSpelling(Call, Ctx).starts_with("ntoh");
      // The operand as written, before the call's own narrowing.
      Shape.Operand = Call->getArg(0)->IgnoreParenImpCasts();
      Shape.Constant = foldInteger(Shape.Operand, Ctx);
      Shape.Order = byteOrderOf(Shape.Operand, Ctx, LocalOrder, OfCall);
      if (const auto *Inner =
              dyn_cast<CallExpr>(Shape.Operand->IgnoreParenCasts());
          Inner && classifyByteOrderCall(Inner) != ByteOrderConversion::None)
        Shape.InnerOrder = byteOrderOf(Inner->getArg(0), Ctx, LocalOrder, OfCall);
      return Shape;
    }
  }
  Shape.Constant = foldInteger(Stripped, Ctx);
  if (Shape.Constant && !foldsThroughConversion(Stripped)) {
    Shape.What = PortValueShape::Kind::Constant;
    Shape.Order =
        isSymmetric16(*Shape.Constant) ? ByteOrder::Unknown : ByteOrder::Host;
    return Shape;
  }
  Shape.Order = byteOrderOf(Stripped, Ctx, LocalOrder, OfCall);
  return Shape;
}

} // namespace clang::tidy::port
