//===--- IntegerFolding.cpp - constant values of port expressions ---------===//

#include "IntegerFolding.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::port {

llvm::ArrayRef<llvm::StringRef>
byteOrderConversionNames(ByteOrderConversion Kind) {
  // glibc (-O0 functions, -O2 macros), BSD, macOS and Windows spellings.
  // <endian.h>'s be16toh/htobe16 are macros on glibc and the BSDs, named
  // here for the libraries that make them functions.
  // clang-format off
  static const llvm::StringRef Short[] = {
      "htons",        "ntohs",        "__bswap_16",           "__builtin_bswap16",
      "bswap_16",     "_OSSwapInt16", "OSSwapInt16",          "__DARWIN_OSSwapInt16",
      "__bswap16",    "bswap16",      "OSSwapHostToBigInt16", "OSSwapBigToHostInt16",
      "_byteswap_ushort", "htobe16",  "be16toh",              "betoh16"};
  static const llvm::StringRef Long[] = {
      "htonl",        "ntohl",        "__bswap_32",           "__builtin_bswap32",
      "bswap_32",     "_OSSwapInt32", "OSSwapInt32",          "__DARWIN_OSSwapInt32",
      "__bswap32",    "bswap32",      "OSSwapHostToBigInt32", "OSSwapBigToHostInt32",
      "_byteswap_ulong", "htobe32",   "be32toh",              "betoh32"};
  // clang-format on
  static const llvm::StringRef Identity[] = {"__uint16_identity",
                                             "__uint32_identity"};
  switch (Kind) {
  case ByteOrderConversion::Short:
    return Short;
  case ByteOrderConversion::Long:
    return Long;
  case ByteOrderConversion::Identity:
    return Identity;
  case ByteOrderConversion::None:
    break;
  }
  return {};
}

ByteOrderConversion classifyByteOrderCall(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || Call->getNumArgs() != 1 || !Callee->getIdentifier())
    return ByteOrderConversion::None;
  llvm::StringRef Name = Callee->getName();
  for (ByteOrderConversion Kind :
       {ByteOrderConversion::Short, ByteOrderConversion::Long,
        ByteOrderConversion::Identity})
    if (llvm::is_contained(byteOrderConversionNames(Kind), Name))
      return Kind;
  return ByteOrderConversion::None;
}

namespace {

uint64_t truncateTo(uint64_t Value, QualType Type, const ASTContext &Ctx) {
  if (!Type->isIntegerType() || Type->isBooleanType())
    return Type->isBooleanType() ? Value != 0 : Value;
  uint64_t Width = Ctx.getTypeSize(Type);
  return Width >= 64 ? Value : Value & ((uint64_t(1) << Width) - 1);
}

uint64_t swapBytes(uint64_t Value, unsigned Bytes) {
  uint64_t Result = 0;
  for (unsigned I = 0; I < Bytes; ++I)
    Result = (Result << 8) | ((Value >> (8 * I)) & 0xff);
  return Result;
}

std::optional<uint64_t> foldConstVariable(const VarDecl *Var,
                                          const ASTContext &Ctx) {
  // A mutable variable, even a global defaulting to 0, may be set elsewhere.
  QualType Type = Var->getType();
  if (!Type.isConstQualified() || Type.isVolatileQualified())
    return std::nullopt;
  const Expr *Init = Var->getAnyInitializer();
  if (!Init)
    return std::nullopt;
  return foldInteger(Init, Ctx);
}

std::optional<uint64_t> foldCall(const CallExpr *Call, const ASTContext &Ctx) {
  ByteOrderConversion Conversion = classifyByteOrderCall(Call);
  if (Conversion == ByteOrderConversion::None)
    return std::nullopt;
  std::optional<uint64_t> Arg = foldInteger(Call->getArg(0), Ctx);
  if (!Arg)
    return std::nullopt;
  switch (Conversion) {
  case ByteOrderConversion::Short:
    return swapBytes(*Arg & 0xffff, 2);
  case ByteOrderConversion::Long:
    return swapBytes(*Arg & 0xffffffff, 4);
  default:
    return *Arg;
  }
}

std::optional<uint64_t> foldBinary(const BinaryOperator *Op,
                                   const ASTContext &Ctx) {
  if (Op->getOpcode() == BO_Comma)
    return foldInteger(Op->getRHS(), Ctx);
  std::optional<uint64_t> L = foldInteger(Op->getLHS(), Ctx);
  std::optional<uint64_t> R = foldInteger(Op->getRHS(), Ctx);
  if (!L || !R)
    return std::nullopt;
  switch (Op->getOpcode()) {
  case BO_Add:
    return *L + *R;
  case BO_Sub:
    return *L - *R;
  case BO_Mul:
    return *L * *R;
  case BO_Div:
    return *R ? std::optional<uint64_t>(*L / *R) : std::nullopt;
  case BO_Rem:
    return *R ? std::optional<uint64_t>(*L % *R) : std::nullopt;
  case BO_Shl:
    return *R < 64 ? std::optional<uint64_t>(*L << *R) : std::nullopt;
  case BO_Shr:
    return *R < 64 ? std::optional<uint64_t>(*L >> *R) : std::nullopt;
  case BO_And:
    return *L & *R;
  case BO_Or:
    return *L | *R;
  case BO_Xor:
    return *L ^ *R;
  default:
    return std::nullopt;
  }
}

} // namespace

std::optional<uint64_t> foldInteger(const Expr *E, const ASTContext &Ctx) {
  if (!E || E->isValueDependent() || E->containsErrors())
    return std::nullopt;
  E = E->IgnoreParens();

  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    if (Cast->getCastKind() == CK_LValueToRValue ||
        Cast->getCastKind() == CK_NoOp)
      return foldInteger(Cast->getSubExpr(), Ctx);
    std::optional<uint64_t> Inner = foldInteger(Cast->getSubExpr(), Ctx);
    if (!Inner)
      return std::nullopt;
    return truncateTo(*Inner, Cast->getType(), Ctx);
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(Ref->getDecl()))
      return Enumerator->getInitVal().getActiveBits() <= 64
                 ? std::optional<uint64_t>(
                       Enumerator->getInitVal().getZExtValue())
                 : std::nullopt;
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return foldConstVariable(Var, Ctx);
    return std::nullopt;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (auto Folded = foldCall(Call, Ctx))
      return truncateTo(*Folded, Call->getType(), Ctx);
  if (const auto *Op = dyn_cast<BinaryOperator>(E))
    if (auto Folded = foldBinary(Op, Ctx))
      return truncateTo(*Folded, Op->getType(), Ctx);
  if (const auto *Op = dyn_cast<UnaryOperator>(E)) {
    std::optional<uint64_t> Inner = foldInteger(Op->getSubExpr(), Ctx);
    if (!Inner)
      return std::nullopt;
    switch (Op->getOpcode()) {
    case UO_Minus:
      return truncateTo(-*Inner, Op->getType(), Ctx);
    case UO_Not:
      return truncateTo(~*Inner, Op->getType(), Ctx);
    case UO_Plus:
      return *Inner;
    case UO_LNot:
      return uint64_t(*Inner == 0);
    default:
      return std::nullopt;
    }
  }
  if (const auto *Cond = dyn_cast<ConditionalOperator>(E)) {
    std::optional<uint64_t> Test = foldInteger(Cond->getCond(), Ctx);
    if (Test)
      return foldInteger(*Test ? Cond->getTrueExpr() : Cond->getFalseExpr(), Ctx);
    // `c ? 0 : 0` is 0 whatever `c` is.
    std::optional<uint64_t> True = foldInteger(Cond->getTrueExpr(), Ctx);
    if (True && True == foldInteger(Cond->getFalseExpr(), Ctx))
      return True;
    return std::nullopt;
  }
  // GNU statement expressions (old glibc's `htons`) end in their value.
  if (const auto *Statement = dyn_cast<StmtExpr>(E)) {
    if (const auto *Last =
            dyn_cast_or_null<Expr>(Statement->getSubStmt()->body_back()))
      return foldInteger(Last, Ctx);
    return std::nullopt;
  }
  // Literals, sizeof, constexpr calls, __builtin_bswap16 of a constant...
  if (E->getType()->isIntegralOrEnumerationType()) {
    Expr::EvalResult Result;
    if (E->EvaluateAsInt(Result, Ctx, Expr::SE_NoSideEffects) &&
        Result.Val.getInt().getActiveBits() <= 64)
      return Result.Val.getInt().getZExtValue();
  }
  return std::nullopt;
}

} // namespace clang::tidy::port
