//===--- SocketAnalysis.h - per-function facts, computed once ---*- C++ -*-===//

#ifndef PORTTIDY_ANALYSIS_SOCKETANALYSIS_H
#define PORTTIDY_ANALYSIS_SOCKETANALYSIS_H

#include "CallSites.h"
#include "FieldSockets.h"
#include "SocketRelevance.h"
#include "FunctionFacts.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <utility>
#include <vector>

namespace clang::tidy::port {

/// The entry point for checks: the facts of each function, built on first
/// request, and the summaries of the functions they call, which are built
/// from the callees' own facts the first time a call needs them.
class SocketAnalysis : public TranslationUnitFacts {
public:
  explicit SocketAnalysis(AnalysisConfig Config = {})
      : Config(std::move(Config)) {}

  /// The analysis every check with the same configuration shares, so that
  /// each function's CFG and dataflow are built once per translation unit
  /// however many checks ask. It lives as long as some check holds it.
  static std::shared_ptr<SocketAnalysis> shared(AnalysisConfig Config);

  /// The facts of `Function`. The reference stays valid until the next
  /// call: only the few most recent functions are kept, because matches
  /// arrive function by function and a whole TU's facts would cost memory.
  const FunctionFacts &factsFor(const FunctionDecl *Function, ASTContext &Ctx);

  const FunctionSummary *summaryOf(const CallExpr *Call) override;
  bool mayBeCalledHere(const FunctionDecl *Function) override;
  SocketOrigin fieldOrigin(const FieldDecl *Field) override;
  SocketOrigin resolveThroughCallers(const FunctionDecl *Function,
                                     const SocketOrigin &Origin) override;

  /// True if `Definition` may make socket calls or touch addresses, itself
  /// or through what it calls: only then is it summarised.
  bool mayTouchSockets(const FunctionDecl *Definition) {
    return Relevance.mayTouchSockets(Definition, Config.Extras);
  }

  /// True if `Callee` is defined in the user's code of this translation unit
  /// and may touch sockets: a call of it may be socket calls.
  bool isHelper(const FunctionDecl *Callee);

  /// What every function of a class defined here does with the socket kept
  /// in its member `Field` (its own methods, constructors and the lambdas
  /// inside them, in no order), or nothing when code elsewhere may use it
  /// too: a public member, a friend, a method defined in another file.
  const std::optional<std::vector<SocketUse>> &
  memberUses(const FieldDecl *Field);

  /// Call at the start of each translation unit: declarations die with it.
  /// Checks sharing the analysis all call it before any of them matches.
  void reset() {
    Recent.clear();
    Ahead.clear();
    Summaries.clear();
    Building.clear();
    Passed.clear();
    Contexts.clear();
    Members.clear();
    FieldOrigins.clear();
    Relevance.reset();
    Helpers.clear();
    CalleeSummaries.clear();
    Sites.reset();
    Fields.reset();
    Ctx = nullptr;
  }
  llvm::ArrayRef<ExtraSocketFunction> extras() const { return Config.Extras; }

private:
  std::unique_ptr<FunctionFacts> build(const FunctionDecl *Function);
  /// Calls `Visit` with the facts of `Function`, from those kept or built
  /// now (and kept for the checks).
  void withFacts(const FunctionDecl *Function,
                 llvm::function_ref<void(const FunctionFacts &)> Visit);
  /// What every call of `Function` passes as argument `Index`, joined, or
  /// nothing when some caller is unknown.
  std::optional<PassedArgument> passedTo(const FunctionDecl *Function,
                                         unsigned Index);
  /// The arguments one call site passes; nothing when the caller is not
  /// known, null when the call is never reached.
  std::optional<const std::vector<PassedArgument> *>
  argumentsAt(const CallSites::Site &Site);
  /// `Origin`, made in the function `Site` calls, with that call's
  /// arguments put in for the parameters it depends on.
  SocketOrigin originAt(const CallSites::Site &Site,
                        const std::vector<PassedArgument> &Args,
                        const SocketOrigin &Origin);

  AnalysisConfig Config;
  ASTContext *Ctx = nullptr;
  /// Most recently used first; a handful covers lambdas nested in the
  /// function being matched.
  std::vector<std::pair<const FunctionDecl *, std::unique_ptr<FunctionFacts>>>
      Recent;
  /// Facts built for a caller's summary before the checks reached the
  /// function itself: kept until they ask, so no function is analysed twice.
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionFacts>> Ahead;
  /// Each definition's summary, once built.
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionSummary>>
      Summaries;
  /// The definitions being built now: a call of one is recursive.
  llvm::DenseSet<const FunctionDecl *> Building;
  unsigned Depth = 0;
  /// Counts questions that met a function still being analysed: answers
  /// given meanwhile are not kept.
  unsigned Unfinished = 0;
  /// Each call site's arguments, kept when the caller's facts are dropped.
  llvm::DenseMap<const CallExpr *, std::vector<PassedArgument>> Passed;
  /// The callers' context of each parameter; nothing while it is computed
  /// (a recursive call) or when it is unknown.
  llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>,
                 std::optional<PassedArgument>>
      Contexts;
  CallSites Sites;
  llvm::DenseMap<const FieldDecl *, SocketOrigin> FieldOrigins;
  llvm::DenseMap<const FieldDecl *, std::optional<std::vector<SocketUse>>>
      Members;
  FieldSockets Fields;
  SocketRelevance Relevance;
  llvm::DenseMap<const FunctionDecl *, bool> Helpers;
  /// The final answer of summaryOf per callee, for calls that are not
  /// virtual.
  llvm::DenseMap<const FunctionDecl *, const FunctionSummary *> CalleeSummaries;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_SOCKETANALYSIS_H
