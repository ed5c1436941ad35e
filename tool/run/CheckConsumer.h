//===--- CheckConsumer.h - the checks' consumer, built lean -----*- C++ -*-===//
//
// clang-tidy's ClangTidyASTConsumerFactory::createASTConsumer asks, for every
// translation unit, whether the glob enables any of the static analyzer's
// ~200 checkers: every name matched against the glob list, 2.3 M
// instructions per TU in LLVM 19, about 2% of parsing a small C file.
// porttidy's checks rarely come with an analyzer checker, and the glob can
// answer for all clang-analyzer-* names at once. When it says none can be
// enabled, the consumer is built here the way createASTConsumer builds it for
// the other checks; otherwise clang-tidy's own factory does the whole job.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_CHECKCONSUMER_H
#define PORTTIDY_TOOL_CHECKCONSUMER_H

#include "Compat.h"
#include "TidyRunner.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include <memory>

namespace porttidy {

/// Makes, per translation unit, the AST consumer that runs the checks a
/// ClangTidyContext enables, as clang-tidy's ClangTidyASTConsumerFactory does.
class CheckConsumerFactory {
public:
  CheckConsumerFactory(ClangTidyContext &Context, FileSystemPtr FS);
  ~CheckConsumerFactory();

  /// The consumer for \p File; it owns the checks and their match finder
  /// for the lifetime of the translation unit.
  std::unique_ptr<clang::ASTConsumer>
  createASTConsumer(clang::CompilerInstance &Compiler, llvm::StringRef File);

private:
  /// Whether the current file needs something only clang-tidy's factory
  /// sets up: an analyzer checker, profiling, module header expansion.
  bool needsClangTidyFactory() const;

  ClangTidyContext &Context;
  FileSystemPtr FS;
  clang::tidy::ClangTidyCheckFactories CheckFactories;
  /// Made on first need: its constructor collects the modules' checks again.
  std::unique_ptr<clang::tidy::ClangTidyASTConsumerFactory> ClangTidyFactory;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_CHECKCONSUMER_H
