//===--- UnqueriedEphemeralCheck.h - port-unqueried-ephemeral ---*- C++ -*-===//

#ifndef PORTTIDY_UNQUERIEDEPHEMERALCHECK_H
#define PORTTIDY_UNQUERIEDEPHEMERALCHECK_H

#include "EnclosingCallable.h"
#include "analysis/SocketAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::port {

/// Flags a server socket bound to port 0 whose assigned port is never read
/// back.
class UnqueriedEphemeralCheck : public ClangTidyCheck {
public:
  UnqueriedEphemeralCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Analysis->reset(); }

  /// What makes the socket a server: its first listen() or accept(), or
  /// for a datagram socket that never sends, its first receive.
  struct ServerUse {
    const SocketUse *Use = nullptr;
    bool Listens = false;
  };

private:
  std::optional<ServerUse> serverUse(const FunctionFacts &InFunction,
                                     const CallFacts &Bind,
                                     SocketKind Kind) const;
  std::optional<ServerUse> memberServerUse(const FieldDecl &Member,
                                           SocketKind Kind,
                                           bool ServesOnBoundSocket);

  /// Functions that learn a socket's port from its descriptor,
  /// `;`-separated.
  const std::string QueryFunctions;
  /// Report even when the descriptor escapes.
  const bool StrictMode;
  std::shared_ptr<SocketAnalysis> Analysis;
  std::shared_ptr<EnclosingCallable> Enclosing;
  /// The uses memberServerUse answered from, which its answer points into.
  std::vector<SocketUse> MemberUses;
  /// Where a reported socket's port is to be read (its listen(), or its
  /// bind()): a second bind() of that socket before the same listen() is
  /// the same finding, and its fix would read the port twice.
  llvm::SmallPtrSet<const Stmt *, 8> QueriedAfter;
  /// The length variables this check's fixes declare, per function, so
  /// that two fixes in one function never declare the same name.
  llvm::DenseMap<const FunctionDecl *, llvm::StringSet<>> InsertedNames;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_UNQUERIEDEPHEMERALCHECK_H
