//===--- EnclosingFunctions.h - which function a location is in -*- C++ -*-===//
//
// A finding's identity (baselines, fingerprints) names the function it sits
// in rather than its line, so moving code keeps it. clang-tidy's errors carry
// only a file and an offset; this records, while the AST is alive, where each
// function definition of the user's files starts and ends.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_ENCLOSINGFUNCTIONS_H
#define PORTTIDY_TOOL_ENCLOSINGFUNCTIONS_H

#include "clang/AST/ASTConsumer.h"
#include "llvm/ADT/StringMap.h"
#include <memory>
#include <string>
#include <vector>

namespace porttidy {

/// Function definitions by file (the name clang's SourceManager gives it, as
/// in a ClangTidyError's FilePath).
class FunctionSpans {
public:
  void add(llvm::StringRef File, unsigned Begin, unsigned End,
           std::string Name);
  /// Qualified name of the innermost definition containing \p Offset of
  /// \p File; empty at file scope.
  std::string enclosing(llvm::StringRef File, unsigned Offset) const;

private:
  struct Span {
    unsigned Begin, End;
    std::string Name;
  };
  llvm::StringMap<std::vector<Span>> ByFile;
};

/// An ASTConsumer that fills \p Spans at the end of the translation unit,
/// if anything was reported by then (it must run after the checks).
/// Lambdas, blocks and local classes count as part of the function that
/// contains them; system headers are skipped.
std::unique_ptr<clang::ASTConsumer> makeFunctionSpanCollector(FunctionSpans &Spans);

} // namespace porttidy

#endif // PORTTIDY_TOOL_ENCLOSINGFUNCTIONS_H
