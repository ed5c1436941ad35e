//===--- UnshownWarnings.cpp - compiler warnings nobody will see ----------===//

#include "UnshownWarnings.h"
#include "CheckGlobs.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/STLExtras.h"

namespace porttidy {

namespace {

/// Whether the command line turns some warning into an error, which -w
/// would hide.
bool warningMayBecomeError(const clang::DiagnosticOptions &Options) {
  return Options.PedanticErrors ||
         llvm::any_of(Options.Warnings, [](llvm::StringRef Flag) {
           return Flag == "error" || Flag.starts_with("error=");
         });
}

/// Turns warnings back on where a pragma makes one an error: from the
/// pragma on, which is where its mapping applies.
class ErrorPragmaWatcher : public clang::PPCallbacks {
public:
  explicit ErrorPragmaWatcher(clang::DiagnosticsEngine &Diags) : Diags(Diags) {}

  void PragmaDiagnostic(clang::SourceLocation, llvm::StringRef,
                        clang::diag::Severity Mapping,
                        llvm::StringRef) override {
    if (Mapping >= clang::diag::Severity::Error)
      Diags.setIgnoreAllWarnings(false);
  }

private:
  clang::DiagnosticsEngine &Diags;
};

} // namespace

void skipUnshownWarnings(clang::CompilerInstance &Compiler,
                         const clang::tidy::ClangTidyContext &Context) {
  clang::DiagnosticsEngine &Diags = Compiler.getDiagnostics();
  // The user's own -w: pragmas do not turn it off, so no watcher either.
  if (Diags.getIgnoreAllWarnings() ||
      warningMayBecomeError(Compiler.getDiagnosticOpts()) ||
      mayEnableChecksNamed(Context.getOptions().Checks.value_or(""),
                           "clang-diagnostic-"))
    return;
  Diags.setIgnoreAllWarnings(true);
  Compiler.getPreprocessor().addPPCallbacks(
      std::make_unique<ErrorPragmaWatcher>(Diags));
}

} // namespace porttidy
