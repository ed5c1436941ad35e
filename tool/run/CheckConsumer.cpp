//===--- CheckConsumer.cpp - the checks' consumer, built lean ------------===//
//
// Follows ClangTidyASTConsumerFactory::createASTConsumer (ClangTidy.cpp) of
// LLVM 19 for everything but the static analyzer; differences between majors
// are guarded by LLVM_VERSION_MAJOR and each guard says what moved.
//
//===----------------------------------------------------------------------===//

#include "CheckConsumer.h"
#include "CheckGlobs.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/GlobList.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Config/llvm-config.h"

namespace porttidy {

namespace tidy = clang::tidy;
using clang::ast_matchers::MatchFinder;

namespace {

/// Runs the checks' matchers over the AST and keeps the checks, and the
/// finder holding pointers to them, alive until the TU is done.
class CheckConsumer : public clang::MultiplexConsumer {
public:
  CheckConsumer(std::unique_ptr<MatchFinder> Finder,
                std::vector<std::unique_ptr<tidy::ClangTidyCheck>> Checks)
      : MultiplexConsumer(matcherConsumer(*Finder, Checks.empty())),
        Finder(std::move(Finder)), Checks(std::move(Checks)) {}

private:
  static std::vector<std::unique_ptr<clang::ASTConsumer>>
  matcherConsumer(MatchFinder &Finder, bool NoChecks) {
    std::vector<std::unique_ptr<clang::ASTConsumer>> Consumers;
    // As clang-tidy: no checks, no AST walk.
    if (!NoChecks)
      Consumers.push_back(Finder.newASTConsumer());
    return Consumers;
  }

  // Destroyed before the base's consumers, as in clang-tidy's own consumer.
  std::unique_ptr<MatchFinder> Finder;
  std::vector<std::unique_ptr<tidy::ClangTidyCheck>> Checks;
};

} // namespace

CheckConsumerFactory::CheckConsumerFactory(ClangTidyContext &Context,
                                           FileSystemPtr FS)
    : Context(Context), FS(std::move(FS)) {
  for (const auto &Entry : tidy::ClangTidyModuleRegistry::entries())
    Entry.instantiate()->addCheckFactories(CheckFactories);
}

CheckConsumerFactory::~CheckConsumerFactory() = default;

bool CheckConsumerFactory::needsClangTidyFactory() const {
  // porttidy turns none of these on; should one ever be, clang-tidy's
  // factory knows how to set it up.
  if (Context.getEnableProfiling() || Context.canEnableModuleHeadersParsing())
    return true;
#if LLVM_VERSION_MAJOR >= 22
  // LLVM 22 added query-based custom checks, registered by clang-tidy's
  // factory per file.
  if (Context.canExperimentalCustomChecks())
    return true;
#endif
  return mayEnableChecksNamed(Context.getOptions().Checks.value_or(""),
                              "clang-analyzer-");
}

std::unique_ptr<clang::ASTConsumer>
CheckConsumerFactory::createASTConsumer(clang::CompilerInstance &Compiler,
                                        llvm::StringRef File) {
  clang::SourceManager &SM = Compiler.getSourceManager();
  Context.setSourceManager(&SM);
  // Reads the file's options: needsClangTidyFactory() looks at them.
  Context.setCurrentFile(File);
  if (needsClangTidyFactory()) {
    if (!ClangTidyFactory)
      ClangTidyFactory =
          std::make_unique<tidy::ClangTidyASTConsumerFactory>(Context, FS);
    return ClangTidyFactory->createASTConsumer(Compiler, File);
  }

  Context.setASTContext(&Compiler.getASTContext());
  // Fix-its are applied later from this directory.
  if (auto WorkingDir = SM.getFileManager()
                            .getVirtualFileSystem()
                            .getCurrentWorkingDirectory())
    Context.setCurrentBuildDirectory(*WorkingDir);

  std::vector<std::unique_ptr<tidy::ClangTidyCheck>> Checks =
      CheckFactories.createChecksForLanguage(&Context);

  MatchFinder::MatchFinderOptions FinderOptions;
  // LLVM 22's clang-tidy stops matching in system headers unless the
  // SystemHeaders option asks for them.
#if LLVM_VERSION_MAJOR >= 22
  FinderOptions.IgnoreSystemHeaders =
      !Context.getOptions().SystemHeaders.value_or(false);
#endif
  auto Finder = std::make_unique<MatchFinder>(std::move(FinderOptions));

  // Without module header expansion, both preprocessors are the TU's own.
  clang::Preprocessor *PP = &Compiler.getPreprocessor();
  for (const auto &Check : Checks) {
    Check->registerMatchers(Finder.get());
    Check->registerPPCallbacks(SM, PP, PP);
  }
  return std::make_unique<CheckConsumer>(std::move(Finder), std::move(Checks));
}

} // namespace porttidy
