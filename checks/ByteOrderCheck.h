//===--- ByteOrderCheck.h - port-byte-order ---------------------*- C++ -*-===//

#ifndef PORTTIDY_BYTEORDERCHECK_H
#define PORTTIDY_BYTEORDERCHECK_H

#include "EnclosingCallable.h"
#include "analysis/PortReads.h"
#include "analysis/SocketAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::port {

/// Flags a port stored into sin_port/sin6_port in host byte order, converted
/// with the wrong function or twice, or computed in network byte order, a
/// port read from them and used as a number without ntohs(), and a constant
/// port that htons() truncates.
class ByteOrderCheck : public ClangTidyCheck {
public:
  ByteOrderCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context), Analysis(SocketAnalysis::shared({})) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override {
    Analysis->reset();
    Checked.clear();
    ReportedReads.clear();
  }

private:
  void checkWrite(const PortWrite &Write, ASTContext &Ctx);
  void checkArgument(const PortArgument &Argument, ASTContext &Ctx);
  void checkShortConversion(const PortWrite &Write, ASTContext &Ctx);
  void checkRead(const PortNumberRead &Read, ASTContext &Ctx);
  void checkOutParameter(const CallExpr *Call,
                         const OutParameterConversion &Out, ASTContext &Ctx);
  /// `Converted` is the argument `Call` converts.
  void checkRange(const CallExpr *Call, const Expr *Converted, ASTContext &Ctx);
  /// True if `Node` is in a template instantiation, whose code repeats the
  /// template's (checked once, as written).
  bool isInstantiated(const Stmt &Node, ASTContext &Ctx) const;

  std::shared_ptr<SocketAnalysis> Analysis;
  std::shared_ptr<EnclosingCallable> Enclosing;
  /// Functions whose port writes were already checked.
  llvm::DenseSet<const FunctionDecl *> Checked;
  /// Where port reads were reported: a macro may expand one read twice.
  llvm::DenseSet<SourceLocation> ReportedReads;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_BYTEORDERCHECK_H
