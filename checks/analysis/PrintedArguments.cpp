//===--- PrintedArguments.cpp - is a call's argument printed as a number --===//

#include "PrintedArguments.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/FormatString.h"
#include "llvm/ADT/STLExtras.h"
#include <optional>

namespace clang::tidy::port {
namespace {

/// Where a printf-style function has its format and its first data
/// argument, as argument indices of the call (0-based).
struct FormatPosition {
  unsigned Format;
  unsigned FirstData;
};

/// The C library's printf family, for declarations that carry no format
/// attribute (`-fno-builtin`, a libc that declares none).
std::optional<FormatPosition> knownPrintfFunction(llvm::StringRef Name) {
  static constexpr std::pair<llvm::StringLiteral, FormatPosition> Known[] = {
      {"printf", {0, 1}},  {"fprintf", {1, 2}},  {"dprintf", {1, 2}},
      {"sprintf", {1, 2}}, {"snprintf", {2, 3}}, {"asprintf", {1, 2}},
      {"syslog", {1, 2}},  {"err", {1, 2}},      {"errx", {1, 2}},
      {"warn", {0, 1}},    {"warnx", {0, 1}}};
  for (const auto &[Known, Position] : Known)
    if (Name == Known)
      return Position;
  return std::nullopt;
}

std::optional<FormatPosition> printfPosition(const FunctionDecl &Callee) {
  for (const FormatAttr *Format : Callee.specific_attrs<FormatAttr>()) {
    const IdentifierInfo *Kind = Format->getType();
    if (!Kind ||
        (Kind->getName() != "printf" && Kind->getName() != "gnu_printf"))
      continue;
    // A first data argument of 0 means a va_list: nothing to match.
    if (Format->getFirstArg() == 0)
      return std::nullopt;
    // The attribute counts from 1, and counts `this` in a member function.
    int Implicit =
        isa<CXXMethodDecl>(Callee) && cast<CXXMethodDecl>(Callee).isInstance()
            ? 1
            : 0;
    int FormatIndex = Format->getFormatIdx() - 1 - Implicit;
    int FirstData = Format->getFirstArg() - 1 - Implicit;
    if (FormatIndex < 0 || FirstData < 0)
      return std::nullopt;
    return FormatPosition{static_cast<unsigned>(FormatIndex),
                          static_cast<unsigned>(FirstData)};
  }
  if (Callee.getIdentifier() &&
      Callee.getDeclContext()->getRedeclContext()->isTranslationUnit())
    return knownPrintfFunction(Callee.getName());
  return std::nullopt;
}

/// Finds the conversion that consumes one data argument.
class ConversionOfArgument : public analyze_format_string::FormatStringHandler {
public:
  explicit ConversionOfArgument(unsigned DataArg) : DataArg(DataArg) {}

  bool HandlePrintfSpecifier(const analyze_printf::PrintfSpecifier &Spec,
                             const char *, unsigned,
                             const TargetInfo &) override {
    if (!Spec.consumesDataArgument() || Spec.getArgIndex() != DataArg)
      return true;
    const analyze_printf::PrintfConversionSpecifier &Conversion =
        Spec.getConversionSpecifier();
    IsInteger = Conversion.isIntArg() || Conversion.isUIntArg();
    return false; // found: stop parsing
  }

  std::optional<bool> IsInteger;

private:
  unsigned DataArg;
};

bool isPrintfInteger(const CallExpr *Call, unsigned Index,
                     const FunctionDecl &Callee, const ASTContext &Ctx) {
  std::optional<FormatPosition> Position = printfPosition(Callee);
  if (!Position || Index < Position->FirstData ||
      Position->Format >= Call->getNumArgs())
    return false;
  const auto *Format = dyn_cast<StringLiteral>(
      Call->getArg(Position->Format)->IgnoreParenImpCasts());
  if (!Format || !(Format->isOrdinary() || Format->isUTF8()))
    return false;
  llvm::StringRef Text = Format->getString();
  ConversionOfArgument Handler(Index - Position->FirstData);
  analyze_format_string::ParsePrintfString(
      Handler, Text.begin(), Text.end(), Ctx.getLangOpts(), Ctx.getTargetInfo(),
      /*isFreeBSDKPrintf=*/false);
  return Handler.IsInteger.value_or(false);
}

/// `os << n` resolves to `basic_ostream::operator<<(unsigned short)` and
/// its siblings, members of the stream class (string streams inherit them).
bool isStreamInsertion(const CXXOperatorCallExpr *Op, const Expr *Arg) {
  if (Op->getOperator() != OO_LessLess || Op->getNumArgs() != 2 ||
      Op->getArg(1) != Arg)
    return false;
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
  const CXXRecordDecl *Stream = Method ? Method->getParent() : nullptr;
  return Stream && Stream->getIdentifier() &&
         Stream->getName() == "basic_ostream" && Stream->isInStdNamespace();
}

} // namespace

bool isPrintedAsInteger(const CallExpr *Call, const Expr *Arg,
                        const ASTContext &Ctx) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    return isStreamInsertion(Op, Arg);
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return false;
  unsigned Index = 0;
  while (Index < Call->getNumArgs() && Call->getArg(Index) != Arg)
    ++Index;
  if (Index == Call->getNumArgs())
    return false;
  if (Callee->isInStdNamespace() &&
      (Callee->getName() == "to_string" || Callee->getName() == "to_wstring"))
    return Index == 0;
  return isPrintfInteger(Call, Index, *Callee, Ctx);
}

} // namespace clang::tidy::port
