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
/// request and kept for the rest of the translation unit.
class SocketAnalysis {
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

  /// True if `Callee`, defined in this translation unit, learns the port of
  /// the socket passed as argument `Index` (directly or through helpers).
  bool queriesParameter(const FunctionDecl *Callee, unsigned Index);

  /// Call at the start of each translation unit: declarations die with it.
  /// Checks sharing the analysis all call it before any of them matches.
  void reset() {
    Recent.clear();
    QuerySummaries.clear();
    CallsIn.clear();
    Fields.reset();
  }
  llvm::ArrayRef<ExtraSocketFunction> extras() const { return Config.Extras; }

private:
  bool computeQueriesParameter(const FunctionDecl *Callee, unsigned Index,
                               unsigned Depth);

  AnalysisConfig Config;
  /// Most recently used first; a handful covers lambdas nested in the
  /// function being matched.
  std::vector<std::pair<const FunctionDecl *, std::unique_ptr<FunctionFacts>>>
      Recent;
  llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>, bool>
      QuerySummaries;
  /// The calls in each helper's body, collected once for all its
  /// parameters.
  llvm::DenseMap<const FunctionDecl *, std::vector<const CallExpr *>> CallsIn;
  FieldSockets Fields;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_SOCKETANALYSIS_H
