//===--- RawSocketCheck.h - port-raw-socket ---------------------*- C++ -*-===//

#ifndef PORTTIDY_RAWSOCKETCHECK_H
#define PORTTIDY_RAWSOCKETCHECK_H

#include "EnclosingCallable.h"
#include "analysis/SocketAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::port {

/// Flags a port written into an address that goes to a raw or ping socket,
/// where the kernel ignores it or, for raw IPv6, reads it as a protocol.
class RawSocketCheck : public ClangTidyCheck {
public:
  RawSocketCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override {
    Analysis->reset();
    Reported.clear();
  }

private:
  void reportStores(const CallFacts &Call, const SocketOrigin &Origin,
                    const FunctionFacts &InFunction, const ASTContext &Ctx);
  void reportReads(const CallFacts &Call, const SocketOrigin &Origin,
                   const FunctionFacts &InFunction);
  void noteSocketAndCall(const CallFacts &Call, const SocketOrigin &Origin,
                         llvm::StringRef Socket, llvm::StringRef CallNote);

  /// Also flag reads of the port of an address recvfrom() filled on such a
  /// socket (always 0).
  const bool CheckReads;
  std::shared_ptr<SocketAnalysis> Analysis;
  std::shared_ptr<EnclosingCallable> Enclosing;
  /// Stores and reads already flagged in this translation unit: one store
  /// may reach several calls.
  llvm::DenseSet<const Stmt *> Reported;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_RAWSOCKETCHECK_H
