//===--- TidyRunner.cpp - the calls into clang-tidy's library -------------===//
//
// LLVM 19 is the reference; differences are guarded by LLVM_VERSION_MAJOR and
// each guard says what moved.
//
//===----------------------------------------------------------------------===//

#include "TidyRunner.h"
#include "llvm/Config/llvm-config.h"

namespace porttidy {

namespace tidy = clang::tidy;

// We never enable the static analyzer's alpha checkers.
constexpr bool AllowAlphaCheckers = false;

std::unique_ptr<ClangTidyContext>
makeContext(std::unique_ptr<ClangTidyOptionsProvider> Provider) {
  // The one-argument constructor exists in every supported major (LLVM 22
  // added a delegating overload when the flag list grew).
  return std::make_unique<ClangTidyContext>(std::move(Provider));
}

namespace {
/// Lends one options provider to many contexts.
class SharedProvider : public ClangTidyOptionsProvider {
public:
  explicit SharedProvider(std::shared_ptr<ClangTidyOptionsProvider> Inner)
      : Inner(std::move(Inner)) {}
  const tidy::ClangTidyGlobalOptions &getGlobalOptions() override {
    return Inner->getGlobalOptions();
  }
  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    return Inner->getRawOptions(FileName);
  }

private:
  std::shared_ptr<ClangTidyOptionsProvider> Inner;
};
} // namespace

ContextFactory
makeContextFactory(std::unique_ptr<ClangTidyOptionsProvider> Provider) {
  std::shared_ptr<ClangTidyOptionsProvider> Shared = std::move(Provider);
  return [Shared] {
    return makeContext(std::make_unique<SharedProvider>(Shared));
  };
}

std::vector<ClangTidyError>
analyseFile(ClangTidyContext &Context,
            const clang::tooling::CompilationDatabase &Compilations,
            llvm::StringRef File, FileSystemPtr FS, bool FixesFromNotes) {
  // LLVM 22 appended a `Quiet` parameter (defaulted). We silence clang's
  // "N warnings generated." through the compile command instead, which works
  // on every major.
  return tidy::runClangTidy(Context, Compilations, {File.str()}, std::move(FS),
                            FixesFromNotes);
}

void printAndFix(llvm::ArrayRef<ClangTidyError> Errors,
                 ClangTidyContext &Context, FixMode Mode, FileSystemPtr FS) {
  tidy::FixBehaviour Behaviour = tidy::FB_NoFix;
  if (Mode == FixMode::Findings)
    Behaviour = tidy::FB_Fix;
  else if (Mode == FixMode::FindingsAndNotes)
    Behaviour = tidy::FB_FixNotes;
  // Warnings-as-errors are findings like any other for porttidy's exit code,
  // so clang-tidy's separate count is not needed.
  unsigned WarningsAsErrors = 0;
  tidy::handleErrors(Errors, Context, Behaviour, WarningsAsErrors,
                     std::move(FS));
}

void exportFixes(llvm::StringRef MainFile,
                 const std::vector<ClangTidyError> &Errors,
                 llvm::raw_ostream &OS) {
  tidy::exportReplacements(MainFile, Errors, OS);
}

// LLVM 22 added query-based custom checks, with an extra "enable experimental
// custom checks" flag on the functions that create checks. porttidy does not
// offer them.
#if LLVM_VERSION_MAJOR >= 22
#define PORTTIDY_CHECK_FLAGS                                                   \
  AllowAlphaCheckers, /*ExperimentalCustomChecks=*/false
#else
#define PORTTIDY_CHECK_FLAGS AllowAlphaCheckers
#endif

llvm::StringSet<> registeredChecks() {
  // getAllChecksAndOptions() would do, but its result type was renamed
  // between majors; asking which checks `*` enables is stable.
  // Start from complete defaults: the context built underneath reads the
  // file-extension lists unconditionally.
  ClangTidyOptions All = ClangTidyOptions::getDefaults();
  All.Checks = "*";
  llvm::StringSet<> Names;
  for (const std::string &Name : tidy::getCheckNames(All, PORTTIDY_CHECK_FLAGS))
    Names.insert(Name);
  return Names;
}

std::vector<std::string> enabledChecks(const ClangTidyOptions &Options) {
  return tidy::getCheckNames(Options, PORTTIDY_CHECK_FLAGS);
}

ClangTidyOptions::OptionMap checkOptions(const ClangTidyOptions &Options) {
  return tidy::getCheckOptions(Options, PORTTIDY_CHECK_FLAGS);
}

#undef PORTTIDY_CHECK_FLAGS

} // namespace porttidy
