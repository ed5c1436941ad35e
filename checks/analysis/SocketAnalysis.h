//===--- SocketAnalysis.h - per-function facts, computed once ---*- C++ -*-===//

#ifndef PORTTIDY_ANALYSIS_SOCKETANALYSIS_H
#define PORTTIDY_ANALYSIS_SOCKETANALYSIS_H

#include "FieldSockets.h"
#include "FunctionFacts.h"
#include "llvm/ADT/DenseMap.h"
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
  SocketOrigin fieldOrigin(const FieldDecl *Field) override;

  /// Call at the start of each translation unit: declarations die with it.
  /// Checks sharing the analysis all call it before any of them matches.
  void reset() {
    Recent.clear();
    Ahead.clear();
    Summaries.clear();
    Fields.reset();
    Ctx = nullptr;
  }
  llvm::ArrayRef<ExtraSocketFunction> extras() const { return Config.Extras; }

private:
  std::unique_ptr<FunctionFacts> build(const FunctionDecl *Function);

  AnalysisConfig Config;
  ASTContext *Ctx = nullptr;
  /// Most recently used first; a handful covers lambdas nested in the
  /// function being matched.
  std::vector<std::pair<const FunctionDecl *, std::unique_ptr<FunctionFacts>>>
      Recent;
  /// Facts built for a caller's summary before the checks reached the
  /// function itself: kept until they ask, so no function is analysed twice.
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionFacts>> Ahead;
  /// Each definition's summary; null while it is being built (a recursive
  /// call is unknown) or when the function is never summarised.
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionSummary>>
      Summaries;
  unsigned Depth = 0;
  FieldSockets Fields;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_SOCKETANALYSIS_H
