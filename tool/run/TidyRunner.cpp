//===--- TidyRunner.cpp - the calls into clang-tidy's library -------------===//
//
// LLVM 19 is the reference; differences are guarded by LLVM_VERSION_MAJOR and
// each guard says what moved.
//
//===----------------------------------------------------------------------===//

#include "TidyRunner.h"
#include "CheckConsumer.h"
#include "CheckGlobs.h"
#include "Compat.h" // the module registry, wherever this LLVM keeps it
#include "UnshownWarnings.h"
#include "UserCodeScope.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/GlobList.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"
#include "report/EnclosingFunctions.h"
#include "report/FixReporter.h"

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

uint64_t hashContent(llvm::StringRef Text) { return llvm::xxh3_64bits(Text); }

namespace {

namespace tooling = clang::tooling;

/// The per-file `ExtraArgs`/`ExtraArgsBefore` of the configuration, as
/// runClangTidy adds them.
tooling::ArgumentsAdjuster configuredExtraArgs(ClangTidyContext &Context) {
  return [&Context](const tooling::CommandLineArguments &Args,
                    llvm::StringRef File) {
    ClangTidyOptions Options = Context.getOptionsForFile(File);
    tooling::CommandLineArguments Adjusted = Args;
    if (Options.ExtraArgsBefore) {
      auto Position = Adjusted.begin();
      // The first argument is the compiler, unless it is a flag.
      if (Position != Adjusted.end() &&
          !llvm::StringRef(*Position).starts_with("-"))
        ++Position;
      Adjusted.insert(Position, Options.ExtraArgsBefore->begin(),
                      Options.ExtraArgsBefore->end());
    }
    if (Options.ExtraArgs)
      Adjusted.insert(Adjusted.end(), Options.ExtraArgs->begin(),
                      Options.ExtraArgs->end());
    return Adjusted;
  };
}

/// Records, at the end of the TU, the text of every file it read.
class FilesReadCollector : public clang::ASTConsumer {
public:
  explicit FilesReadCollector(std::vector<FileRead> &Files) : Files(Files) {}

  void HandleTranslationUnit(clang::ASTContext &Context) override {
    const clang::SourceManager &SM = Context.getSourceManager();
    clang::FileManager &FM = SM.getFileManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      std::optional<llvm::StringRef> Text = It->second->getBufferDataIfLoaded();
      if (!Text)
        continue;
      llvm::SmallString<256> Path(It->first.getName());
      FM.makeAbsolutePath(Path);
      // Only `.`: removing `..` lexically is wrong across symlinks (the
      // toolchain's include paths are full of both).
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
      Files.push_back({Path.str().str(), hashContent(*Text)});
    }
  }

private:
  std::vector<FileRead> &Files;
};

/// clang-tidy's checks plus porttidy's collectors, on one AST.
class AnalysisAction : public clang::ASTFrontendAction {
public:
  AnalysisAction(ClangTidyContext &Context, CheckConsumerFactory &Checks,
                 FunctionSpans &Spans, std::vector<FileRead> *Files)
      : Context(Context), Checks(Checks), Spans(Spans), Files(Files) {}

  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &Compiler,
                    llvm::StringRef File) override {
    std::vector<std::unique_ptr<clang::ASTConsumer>> Consumers;
    // First, so the checks (and the parent map they build) walk only the
    // user's code; they never report in system headers anyway.
    Consumers.push_back(makeUserCodeScope());
    Consumers.push_back(Checks.createASTConsumer(Compiler, File));
    // Now that the file's options are read, and before anything is parsed.
    skipUnshownWarnings(Compiler, Context);
    Consumers.push_back(makeFunctionSpanCollector(Spans));
    if (Files)
      Consumers.push_back(std::make_unique<FilesReadCollector>(*Files));
    return std::make_unique<clang::MultiplexConsumer>(std::move(Consumers));
  }

private:
  ClangTidyContext &Context;
  CheckConsumerFactory &Checks;
  FunctionSpans &Spans;
  std::vector<FileRead> *Files;
};

class AnalysisActionFactory : public tooling::FrontendActionFactory {
public:
  AnalysisActionFactory(ClangTidyContext &Context, FileSystemPtr FS,
                        FunctionSpans &Spans, std::vector<FileRead> *Files)
      : Context(Context), Checks(Context, std::move(FS)), Spans(Spans),
        Files(Files) {}

  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<AnalysisAction>(Context, Checks, Spans, Files);
  }

  bool runInvocation(std::shared_ptr<clang::CompilerInvocation> Invocation,
                     clang::FileManager *FM,
                     std::shared_ptr<clang::PCHContainerOperations> PCH,
                     clang::DiagnosticConsumer *Diagnostics) override {
    // As clang-tidy: code may test __clang_analyzer__ to hide itself from
    // static analysis.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    return FrontendActionFactory::runInvocation(std::move(Invocation), FM,
                                                std::move(PCH), Diagnostics);
  }

private:
  ClangTidyContext &Context;
  CheckConsumerFactory Checks;
  FunctionSpans &Spans;
  std::vector<FileRead> *Files;
};

} // namespace

TUResult analyseFile(ClangTidyContext &Context,
                     const tooling::CompilationDatabase &Compilations,
                     llvm::StringRef File, FileSystemPtr FS,
                     bool FixesFromNotes, bool RecordFilesRead) {
  // What clang-tidy's runClangTidy does (LLVM 19 and 22 agree on the steps),
  // with porttidy's collectors next to the checks.
  tooling::ClangTool Tool(Compilations, {File.str()},
                          std::make_shared<clang::PCHContainerOperations>(),
                          FS);
  Tool.appendArgumentsAdjuster(configuredExtraArgs(Context));
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());

  tidy::ClangTidyDiagnosticConsumer Consumer(
      Context, /*ExternalDiagEngine=*/nullptr,
      /*RemoveIncompatibleErrors=*/true, FixesFromNotes);
  // LLVM 21 made DiagnosticOptions a plain object that the context owns; up
  // to 20 the engine holds it by reference count.
#if LLVM_VERSION_MAJOR >= 21
  auto DiagOptions = std::make_unique<clang::DiagnosticOptions>();
  clang::DiagnosticsEngine Engine(clang::DiagnosticIDs::create(), *DiagOptions,
                                  &Consumer, /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(std::move(DiagOptions), &Engine);
#else
  clang::DiagnosticsEngine Engine(
      llvm::makeIntrusiveRefCnt<clang::DiagnosticIDs>(),
      llvm::makeIntrusiveRefCnt<clang::DiagnosticOptions>(), &Consumer,
      /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&Engine);
#endif
  Tool.setDiagnosticConsumer(&Consumer);
  // "Error while processing F." says less than porttidy's own line about
  // compile errors, and -j workers would print it in completion order.
  Tool.setPrintErrorMessage(false);

  TUResult Result;
  FunctionSpans Spans;
  AnalysisActionFactory Factory(
      Context, std::move(FS), Spans,
      RecordFilesRead ? &Result.FilesRead : nullptr);
  Tool.run(&Factory);

  for (ClangTidyError &Error : Consumer.take()) {
    std::string Function =
        Spans.enclosing(Error.Message.FilePath, Error.Message.FileOffset);
    Result.Findings.push_back({std::move(Error), std::move(Function)});
  }
  llvm::sort(Result.FilesRead, [](const FileRead &A, const FileRead &B) {
    return A.Path < B.Path;
  });
  // A database may hold several commands for one file.
  Result.FilesRead.erase(
      std::unique(Result.FilesRead.begin(), Result.FilesRead.end(),
                  [](const FileRead &A, const FileRead &B) {
                    return A.Path == B.Path && A.Hash == B.Hash;
                  }),
      Result.FilesRead.end());
  Result.Stats = Context.getStats();
  return Result;
}

unsigned printAndFix(llvm::ArrayRef<ClangTidyError> Errors,
                     ClangTidyContext &Context, FixMode Mode, FileSystemPtr FS,
                     const TextsRead &Read) {
  // clang-tidy's handleErrors would write fixed files itself, unsafely.
  if (Mode != FixMode::None)
    return printAndApplyFixes(Errors, Context,
                              /*FixesFromNotes=*/Mode ==
                                  FixMode::FindingsAndNotes,
                              std::move(FS), Read);
  // Warnings-as-errors are findings like any other for porttidy's exit code,
  // so clang-tidy's separate count is not needed.
  unsigned WarningsAsErrors = 0;
  tidy::handleErrors(Errors, Context, tidy::FB_NoFix, WarningsAsErrors,
                     std::move(FS));
  return 0;
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

llvm::StringSet<> moduleChecks() {
  tidy::ClangTidyCheckFactories Factories;
  for (const auto &Entry : clang::tidy::ClangTidyModuleRegistry::entries())
    Entry.instantiate()->addCheckFactories(Factories);
  llvm::StringSet<> Names;
  for (const auto &Factory : Factories)
    Names.insert(Factory.getKey());
  return Names;
}

std::vector<std::string> enabledChecks(const ClangTidyOptions &Options) {
  return tidy::getCheckNames(Options, PORTTIDY_CHECK_FLAGS);
}

bool enablesSomeCheck(const ClangTidyOptions &Options) {
  std::string Checks = Options.Checks.value_or("");
  // porttidy's own checks settle the usual case; clang-tidy's glob over
  // every other check's name costs more than parsing a small file.
  tidy::CachedGlobList Globs(Checks);
  llvm::StringSet<> Names = moduleChecks();
  for (const llvm::StringRef Name : Names.keys())
    if (Name.starts_with("port-") && Globs.contains(Name))
      return true;
  // Compiler warnings are no registered check, but are reported.
  return mayEnableChecksNamed(Checks, "clang-diagnostic-") ||
         !enabledChecks(Options).empty();
}

ClangTidyOptions::OptionMap checkOptions(const ClangTidyOptions &Options) {
  return tidy::getCheckOptions(Options, PORTTIDY_CHECK_FLAGS);
}

#undef PORTTIDY_CHECK_FLAGS

} // namespace porttidy
