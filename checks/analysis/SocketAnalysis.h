//===--- SocketAnalysis.h - per-function facts, computed once ---*- C++ -*-===//

#ifndef PORTTIDY_ANALYSIS_SOCKETANALYSIS_H
#define PORTTIDY_ANALYSIS_SOCKETANALYSIS_H

#include "FunctionFacts.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::port {

/// The entry point for checks: the facts of each function, built on first
/// request and kept for the rest of the translation unit.
class SocketAnalysis {
public:
  explicit SocketAnalysis(std::vector<ExtraSocketFunction> Extras = {})
      : Extras(std::move(Extras)) {}

  const FunctionFacts &factsFor(const FunctionDecl *Function, ASTContext &Ctx) {
    std::unique_ptr<FunctionFacts> &Slot = Cache[Function];
    if (!Slot)
      Slot = FunctionFacts::build(Function, Ctx, Extras);
    return *Slot;
  }
  /// Call at the start of each translation unit: declarations die with it.
  void reset() { Cache.clear(); }
  llvm::ArrayRef<ExtraSocketFunction> extras() const { return Extras; }

private:
  std::vector<ExtraSocketFunction> Extras;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionFacts>> Cache;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_SOCKETANALYSIS_H
