//===--- ByteOrder.cpp - host or network byte order of a value ------------===//

#include "ByteOrder.h"
#include "ExprShapes.h"
#include "IntegerFolding.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/Builtins.h"
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

// Spellings that yield host byte order, and those that yield network order
// without being in the 16/32-bit swap tables (on a little-endian host they
// are swaps too, but their name says which way they go).
bool isToHostName(llvm::StringRef Name) {
  return Name.starts_with("ntoh") ||
         llvm::is_contained({"be16toh", "be32toh", "betoh16", "betoh32",
                             "OSSwapBigToHostInt16", "OSSwapBigToHostInt32",
                             "WSANtohs", "WSANtohl"},
                            Name);
}

bool isToNetworkName(llvm::StringRef Name) {
  return Name.starts_with("hton") ||
         llvm::is_contained({"htobe16", "htobe32", "OSSwapHostToBigInt16",
                             "OSSwapHostToBigInt32", "WSAHtons", "WSAHtonl"},
                            Name);
}

bool isKnownConversionName(llvm::StringRef Name) {
  if (isToNetworkName(Name))
    return true;
  for (ByteOrderConversion Kind :
       {ByteOrderConversion::Short, ByteOrderConversion::Long,
        ByteOrderConversion::Identity})
    if (llvm::is_contained(byteOrderConversionNames(Kind), Name))
      return true;
  return false;
}

bool isHostParseCall(llvm::StringRef Name) {
  return llvm::is_contained({"atoi", "atol", "atoll", "strtol", "strtoul",
                             "strtoll", "strtoull", "strtoimax", "strtoumax",
                             "stoi", "stol", "stoul", "stoll", "stoull"},
                            Name);
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

bool isSymmetric16(uint64_t V) {
  return ((V >> 8) & 0xff) == (V & 0xff) && V <= 0xffff;
}

std::optional<uint64_t> foldPlainConstant(const Expr *E,
                                          const ASTContext &Ctx) {
  std::optional<uint64_t> V = foldInteger(E, Ctx);
  if (V && foldsThroughConversion(E))
    return std::nullopt;
  return V;
}

std::optional<uint64_t> foldPortStore(const Expr *E, const ASTContext &Ctx) {
  const CallExpr *Call = conversionCallOf(E);
  if (!Call || classifyByteOrderCall(Call) != ByteOrderConversion::Long)
    return foldInteger(E, Ctx);
  std::optional<uint64_t> Port = foldInteger(Call->getArg(0), Ctx);
  if (!Port)
    return std::nullopt;
  // Little-endian, as foldInteger() folds htons().
  return ((*Port & 0xff) << 8) | ((*Port >> 8) & 0xff);
}

const CallExpr *conversionCallOf(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenCasts();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return classifyByteOrderCall(Call) != ByteOrderConversion::None ? Call
                                                                    : nullptr;
  // macOS: `__builtin_constant_p(x) ? __DARWIN_OSSwapConstInt16(x) :
  // _OSSwapInt16(x)`; the call is the conversion as far as order goes.
  const auto *Choice = dyn_cast<ConditionalOperator>(E);
  if (!Choice)
    return nullptr;
  const auto *Test = dyn_cast<CallExpr>(Choice->getCond()->IgnoreParenCasts());
  if (!Test || Test->getBuiltinCallee() != Builtin::BI__builtin_constant_p)
    return nullptr;
  const auto *Swap =
      dyn_cast<CallExpr>(Choice->getFalseExpr()->IgnoreParenCasts());
  return Swap && classifyByteOrderCall(Swap) != ByteOrderConversion::None
             ? Swap
             : nullptr;
}

bool convertsToHost(const CallExpr *Call, const ASTContext &Ctx) {
  llvm::StringRef Spelled = conversionSpelling(Call, Ctx);
  if (isToHostName(Spelled))
    return true;
  if (isKnownConversionName(Spelled))
    return false;
  // A project's own macro around the conversion: the callee decides.
  const FunctionDecl *Callee = Call->getDirectCallee();
  return Callee && Callee->getIdentifier() && isToHostName(Callee->getName());
}

llvm::StringRef counterpartConversion(llvm::StringRef Spelling) {
  static constexpr std::pair<llvm::StringLiteral, llvm::StringLiteral> Pairs[] =
      {{"ntohs", "htons"},
       {"ntohl", "htonl"},
       {"be16toh", "htobe16"},
       {"betoh16", "htobe16"},
       {"be32toh", "htobe32"},
       {"betoh32", "htobe32"},
       {"OSSwapBigToHostInt16", "OSSwapHostToBigInt16"},
       {"OSSwapBigToHostInt32", "OSSwapHostToBigInt32"},
       {"WSANtohs", "WSAHtons"},
       {"WSANtohl", "WSAHtonl"}};
  for (const auto &[ToHost, ToNetwork] : Pairs) {
    if (Spelling == ToHost)
      return ToNetwork;
    if (Spelling == ToNetwork && ToHost != "betoh16" && ToHost != "betoh32")
      return ToHost;
  }
  return "";
}

llvm::StringRef shortNetworkConversion(llvm::StringRef Spelling) {
  if (Spelling == "htonl" || Spelling == "ntohl")
    return "htons";
  if (llvm::is_contained({"htobe32", "be32toh", "betoh32"}, Spelling))
    return "htobe16";
  if (Spelling == "OSSwapHostToBigInt32" || Spelling == "OSSwapBigToHostInt32")
    return "OSSwapHostToBigInt16";
  return "";
}

bool isPortFieldRead(const Expr *E) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenCasts());
  return Member && portFieldOf(Member);
}

std::optional<OutParameterConversion>
outParameterConversion(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier() || Call->getNumArgs() != 3)
    return std::nullopt;
  // int WSAHtons(SOCKET s, u_short hostshort, u_short *lpnetshort);
  llvm::StringRef Name = Callee->getName();
  if (Name == "WSAHtons" || Name == "WSANtohs")
    return OutParameterConversion{1, 2, Name == "WSANtohs", true};
  if (Name == "WSAHtonl" || Name == "WSANtohl")
    return OutParameterConversion{1, 2, Name == "WSANtohl", false};
  return std::nullopt;
}

namespace {

/// What is known of a value's order, and whether it was computed from a
/// network-order value (`htons(base) + i`, and anything computed from that),
/// which is in neither order.
struct OrderInfo {
  ByteOrder Order = ByteOrder::Unknown;
  bool FromNetwork = false;
};

OrderInfo orderInfo(const Expr *E, const ASTContext &Ctx,
                    llvm::function_ref<ByteOrder(const VarDecl *)> LocalOrder,
                    CallOrder OfCall) {
  if (!E || E->isValueDependent() || E->containsErrors())
    return {};
  E = stripCasts(E);
  if (std::optional<uint64_t> V = foldInteger(E, Ctx);
      V && !foldsThroughConversion(E))
    return {isSymmetric16(*V) ? ByteOrder::Unknown : ByteOrder::Host};
  if (const CallExpr *Conversion = conversionCallOf(E))
    return {convertsToHost(Conversion, Ctx) ? ByteOrder::Host
                                            : ByteOrder::Network};
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee && Callee->getIdentifier() && isHostParseCall(Callee->getName()))
      return {ByteOrder::Host};
    // A helper whose summary says what order it returns.
    return {OfCall ? OfCall(Call) : ByteOrder::Unknown};
  }
  // sin_port and sin6_port hold network order by contract, so arithmetic
  // on a read of one is arithmetic on network order. Their order is still
  // not certain enough to call `htons(sa.sin_port)` a double conversion:
  // code that keeps a host port in the field and converts it in place
  // (`sa.sin_port = htons(sa.sin_port)`) exists.
  if (isPortFieldRead(E))
    return {ByteOrder::Unknown, true};
  if (const auto *Op = dyn_cast<UnaryOperator>(E))
    return {Op->isIncrementDecrementOp() ? ByteOrder::Host
                                         : ByteOrder::Unknown};
  if (const auto *Op = dyn_cast<BinaryOperator>(E)) {
    if (Op->isAdditiveOp() || Op->isMultiplicativeOp() ||
        Op->getOpcode() == BO_AddAssign || Op->getOpcode() == BO_SubAssign) {
      // `htons(p) + 1` is not arithmetic on host values.
      OrderInfo L = orderInfo(Op->getLHS(), Ctx, LocalOrder, OfCall);
      OrderInfo R = orderInfo(Op->getRHS(), Ctx, LocalOrder, OfCall);
      if (L.FromNetwork || R.FromNetwork || L.Order == ByteOrder::Network ||
          R.Order == ByteOrder::Network)
        return {ByteOrder::Unknown, true};
      return {ByteOrder::Host};
    }
    if (Op->getOpcode() == BO_Comma)
      return {byteOrderOf(Op->getRHS(), Ctx, LocalOrder, OfCall)};
    return {};
  }
  if (const auto *Cond = dyn_cast<ConditionalOperator>(E)) {
    ByteOrder Joined =
        joinByteOrder(byteOrderOf(Cond->getTrueExpr(), Ctx, LocalOrder, OfCall),
                      byteOrderOf(Cond->getFalseExpr(), Ctx, LocalOrder, OfCall));
    return {Joined == ByteOrder::Mixed ? ByteOrder::Unknown : Joined};
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->hasLocalStorage() && !isa<ParmVarDecl>(Var))
        return {LocalOrder(Var)};
  return {};
}

} // namespace

ByteOrder
byteOrderOf(const Expr *E, const ASTContext &Ctx,
            llvm::function_ref<ByteOrder(const VarDecl *)> LocalOrder,
            CallOrder OfCall) {
  return orderInfo(E, Ctx, LocalOrder, OfCall).Order;
}

PortValueShape
classifyPortValue(const Expr *E, const ASTContext &Ctx,
                  llvm::function_ref<ByteOrder(const VarDecl *)> LocalOrder,
                  CallOrder OfCall) {
  PortValueShape Shape;
  const Expr *Stripped = stripCasts(E);
  Shape.Operand = Stripped;
  if (const CallExpr *Call = conversionCallOf(Stripped)) {
    Shape.What = classifyByteOrderCall(Call) == ByteOrderConversion::Long
                     ? PortValueShape::Kind::LongConversion
                     : PortValueShape::Kind::ShortConversion;
    Shape.Conversion = Call;
    Shape.ToHost = convertsToHost(Call, Ctx);
    // The operand as written, before the call's own narrowing.
    Shape.Operand = Call->getArg(0)->IgnoreParenImpCasts();
    Shape.Constant = foldInteger(Shape.Operand, Ctx);
    Shape.Order = byteOrderOf(Shape.Operand, Ctx, LocalOrder, OfCall);
    if (const CallExpr *Inner = conversionCallOf(Shape.Operand))
      Shape.InnerOrder = byteOrderOf(Inner->getArg(0), Ctx, LocalOrder, OfCall);
    return Shape;
  }
  Shape.Constant = foldInteger(Stripped, Ctx);
  if (Shape.Constant && !foldsThroughConversion(Stripped)) {
    Shape.What = PortValueShape::Kind::Constant;
    Shape.Order =
        isSymmetric16(*Shape.Constant) ? ByteOrder::Unknown : ByteOrder::Host;
    return Shape;
  }
  // `htons(base) + i`, `other.sin_port + 1`: a sum of a network-order value
  // and a number is in neither order. Of two network-order values
  // (`htons(a) + htons(b)`) nothing is said.
  if (const auto *Op = dyn_cast<BinaryOperator>(Stripped);
      Op && (Op->isAdditiveOp() || Op->isMultiplicativeOp())) {
    auto FromNetwork = [&](const Expr *Side) {
      OrderInfo Info = orderInfo(Side, Ctx, LocalOrder, OfCall);
      return Info.FromNetwork || Info.Order == ByteOrder::Network;
    };
    bool Left = FromNetwork(Op->getLHS()), Right = FromNetwork(Op->getRHS());
    if (Left != Right) {
      Shape.What = PortValueShape::Kind::NetworkArithmetic;
      Shape.Arithmetic = Op;
      Shape.Operand =
          (Left ? Op->getLHS() : Op->getRHS())->IgnoreParenImpCasts();
      Shape.Conversion = conversionCallOf(Shape.Operand);
      Shape.Constant.reset();
      return Shape;
    }
  }
  Shape.Order = byteOrderOf(Stripped, Ctx, LocalOrder, OfCall);
  return Shape;
}

} // namespace clang::tidy::port
