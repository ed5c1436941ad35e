//===--- CheckConsumer.cpp - the checks' consumer, built lean ------------===//
//
// Follows ClangTidyASTConsumerFactory::createASTConsumer (ClangTidy.cpp) of
// LLVM 19 for everything but the static analyzer; differences between majors
// are guarded by LLVM_VERSION_MAJOR and each guard says what moved.
//
//===----------------------------------------------------------------------===//

#include "CheckConsumer.h"
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

constexpr llvm::StringRef AnalyzerPrefix = "clang-analyzer-";

/// Whether glob \p Text (only `*` is special) matches some name starting
/// with clang-analyzer-. It may say yes for a name no checker has.
bool mayMatchAnalyzerName(llvm::StringRef Text) {
  size_t Star = Text.find('*');
  if (Star == llvm::StringRef::npos)
    return Text.starts_with(AnalyzerPrefix);
  llvm::StringRef Literal = Text.take_front(Star);
  return AnalyzerPrefix.starts_with(Literal) ||
         Literal.starts_with(AnalyzerPrefix);
}

/// Whether glob \p Text matches every name starting with clang-analyzer-
/// (`*`, `clang-*`, `clang-analyzer-*`...).
bool matchesEveryAnalyzerName(llvm::StringRef Text) {
  size_t Star = Text.find('*');
  return Star != llvm::StringRef::npos &&
         AnalyzerPrefix.starts_with(Text.take_front(Star)) &&
         Text.drop_front(Star).find_first_not_of('*') == llvm::StringRef::npos;
}

/// Whether the `Checks` glob may enable a static analyzer checker; never no
/// when it does. clang-tidy asks each of the ~200 checker names; instead,
/// walk the globs as clang-tidy's GlobList does (the last match decides), but
/// over all clang-analyzer-* names at once: a positive glob that may match
/// one says yes; a negative glob matching them all hides every glob before
/// it and says no.
bool mayEnableAnalyzerChecks(llvm::StringRef Checks) {
  tidy::GlobList Globs(Checks);
  for (const auto &Glob : llvm::reverse(Globs.getItems())) {
    if (Glob.IsPositive && mayMatchAnalyzerName(Glob.Text))
      return true;
    if (!Glob.IsPositive && matchesEveryAnalyzerName(Glob.Text))
      return false;
  }
  return false;
}

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
  return mayEnableAnalyzerChecks(Context.getOptions().Checks.value_or(""));
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
