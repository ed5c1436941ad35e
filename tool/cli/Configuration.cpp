//===--- Configuration.cpp - where checks and options come from -----------===//

#include "Configuration.h"
#include "Messages.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace porttidy {

namespace tidy = clang::tidy;
using tidy::ClangTidyOptions;

namespace {

using ProblemLog = std::shared_ptr<std::vector<std::string>>;

/// Parses one configuration text; on failure the error names \p Source and
/// the line and column of the first problem. Warnings are printed.
llvm::Expected<ClangTidyOptions> parseConfig(llvm::MemoryBufferRef Text,
                                             llvm::StringRef Source) {
  std::string FirstError;
  auto OnDiagnostic = [&](const llvm::SMDiagnostic &Diag) {
    std::string Where = (llvm::Twine(Diag.getLineNo()) + ":" +
                         llvm::Twine(Diag.getColumnNo() + 1))
                            .str();
    if (Diag.getKind() != llvm::SourceMgr::DK_Error) {
      printWarning(Source + ":" + Where + ": " + Diag.getMessage());
      return;
    }
    if (FirstError.empty())
      FirstError = Where + ": " + Diag.getMessage().str();
  };
  llvm::ErrorOr<ClangTidyOptions> Parsed =
      tidy::parseConfigurationWithDiags(Text, OnDiagnostic);
  if (Parsed)
    return std::move(*Parsed);
  if (FirstError.empty())
    FirstError = Parsed.getError().message();
  return makeError("invalid configuration in " + Source + ": " + FirstError);
}

/// The `.clang-tidy` reader shared by both providers below: a broken file is
/// logged and read as empty, which keeps clang-tidy's provider from printing
/// its own multi-line complaint. A file shared with clang-tidy that says
/// nothing about port-* checks keeps its options but not its `Checks`: its
/// usual leading `-*` would otherwise turn porttidy off.
std::function<llvm::ErrorOr<ClangTidyOptions>(llvm::MemoryBufferRef)>
recordingReader(ProblemLog Problems) {
  return [Problems](
             llvm::MemoryBufferRef Text) -> llvm::ErrorOr<ClangTidyOptions> {
    llvm::Expected<ClangTidyOptions> Parsed =
        parseConfig(Text, "'" + Text.getBufferIdentifier().str() + "'");
    if (Parsed) {
      if (Parsed->Checks && !mentionsPortChecks(*Parsed->Checks))
        Parsed->Checks.reset();
      return std::move(*Parsed);
    }
    Problems->push_back(llvm::toString(Parsed.takeError()));
    return ClangTidyOptions();
  };
}

// clang-tidy's providers keep their list of configuration file readers in a
// protected member; these subclasses swap in the recording reader. (The
// constructor that takes readers directly leaves the file system unset in
// LLVM 19, so it cannot be used.)
class FileProvider : public tidy::FileOptionsProvider {
public:
  FileProvider(ClangTidyOptions Defaults, ClangTidyOptions Overrides,
               ProblemLog Problems)
      : FileOptionsProvider(tidy::ClangTidyGlobalOptions(), std::move(Defaults),
                            std::move(Overrides),
                            llvm::vfs::getRealFileSystem()) {
    ConfigHandlers.clear();
    ConfigHandlers.emplace_back(".clang-tidy", recordingReader(Problems));
  }
};

/// `--config`: used instead of `.clang-tidy` files, unless it says
/// `InheritParentConfig: true`.
class GivenConfigProvider : public tidy::ConfigOptionsProvider {
public:
  GivenConfigProvider(ClangTidyOptions Defaults, ClangTidyOptions Given,
                      ClangTidyOptions Overrides, ProblemLog Problems)
      : ConfigOptionsProvider(tidy::ClangTidyGlobalOptions(),
                              std::move(Defaults), std::move(Given),
                              std::move(Overrides),
                              llvm::vfs::getRealFileSystem()) {
    ConfigHandlers.clear();
    ConfigHandlers.emplace_back(".clang-tidy", recordingReader(Problems));
  }
};

ClangTidyOptions porttidyDefaults() {
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  // Replace, not merge: clang-tidy's own default enables its analyzer and
  // compiler-warning checks, which are not porttidy's business.
  Defaults.Checks = DefaultChecks;
  // Unset means porttidy's default, the headers under the source root (see
  // HeaderScope); clang-tidy's differs between majors ("" up to 21, ".*"
  // from 22).
  Defaults.HeaderFilterRegex.reset();
  Defaults.ExcludeHeaderFilterRegex.reset();
  return Defaults;
}

/// Lays, over the user's settings, the one porttidy needs while analysing:
/// clang-tidy keeps every finding outside system headers, and porttidy's
/// HeaderScope decides afterwards (with absolute paths, whatever the include
/// spelling) which headers are shown.
class AnalysisProvider : public tidy::ClangTidyOptionsProvider {
public:
  explicit AnalysisProvider(
      std::shared_ptr<tidy::ClangTidyOptionsProvider> User)
      : User(std::move(User)) {
    AllHeaders.HeaderFilterRegex = ".*";
    AllHeaders.ExcludeHeaderFilterRegex = "";
  }
  const tidy::ClangTidyGlobalOptions &getGlobalOptions() override {
    return User->getGlobalOptions();
  }
  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    std::vector<OptionsSource> Sources = User->getRawOptions(FileName);
    Sources.emplace_back(AllHeaders, "porttidy's header scope");
    return Sources;
  }

private:
  std::shared_ptr<tidy::ClangTidyOptionsProvider> User;
  ClangTidyOptions AllHeaders;
};

/// What the command line sets on top of every configuration.
ClangTidyOptions commandLineOverrides(const CommandLine &Args) {
  ClangTidyOptions Overrides;
  if (Args.Checks)
    Overrides.Checks = *Args.Checks;
  if (Args.HeaderFilter)
    Overrides.HeaderFilterRegex = *Args.HeaderFilter;
  if (Args.ExcludeHeaderFilter)
    Overrides.ExcludeHeaderFilterRegex = *Args.ExcludeHeaderFilter;
  if (Args.SystemHeaders)
    Overrides.SystemHeaders = true;
  if (Args.WarningsAsErrors)
    Overrides.WarningsAsErrors = *Args.WarningsAsErrors;
  if (Args.UseColor)
    Overrides.UseColor = *Args.UseColor;
  if (Args.FormatStyle)
    Overrides.FormatStyle = *Args.FormatStyle;
  return Overrides;
}

/// The text of `--config` or `--config-file`, if either was given.
llvm::Expected<std::optional<ClangTidyOptions>>
readGivenConfig(const CommandLine &Args) {
  if (Args.Config) {
    auto Text = llvm::MemoryBuffer::getMemBuffer(*Args.Config, "--config");
    llvm::Expected<ClangTidyOptions> Parsed =
        parseConfig(Text->getMemBufferRef(), "--config");
    if (!Parsed)
      return Parsed.takeError();
    return std::optional<ClangTidyOptions>(std::move(*Parsed));
  }
  if (Args.ConfigFile) {
    auto Text = llvm::MemoryBuffer::getFile(*Args.ConfigFile);
    if (!Text)
      return makeError("cannot read config file '" + *Args.ConfigFile +
                       "': " + Text.getError().message());
    llvm::Expected<ClangTidyOptions> Parsed =
        parseConfig((*Text)->getMemBufferRef(), "'" + *Args.ConfigFile + "'");
    if (!Parsed)
      return Parsed.takeError();
    return std::optional<ClangTidyOptions>(std::move(*Parsed));
  }
  return std::nullopt;
}

} // namespace

llvm::Expected<Configuration> loadConfiguration(const CommandLine &Args) {
  llvm::Expected<std::optional<ClangTidyOptions>> Given = readGivenConfig(Args);
  if (!Given)
    return Given.takeError();

  ClangTidyOptions Overrides = commandLineOverrides(Args);

  Configuration Result;
  Result.FileProblems = std::make_shared<std::vector<std::string>>();
  if (*Given)
    Result.Settings = std::make_shared<GivenConfigProvider>(
        porttidyDefaults(), std::move(**Given), std::move(Overrides),
        Result.FileProblems);
  else
    Result.Settings = std::make_shared<FileProvider>(
        porttidyDefaults(), std::move(Overrides), Result.FileProblems);
  Result.Provider = std::make_unique<AnalysisProvider>(Result.Settings);
  return Result;
}

bool mentionsPortChecks(llvm::StringRef Checks) {
  llvm::SmallVector<llvm::StringRef, 8> Items;
  Checks.split(Items, ',');
  for (llvm::StringRef Line : Items) {
    llvm::SmallVector<llvm::StringRef, 2> Parts;
    Line.split(Parts, '\n');
    for (llvm::StringRef Item : Parts) {
      Item = Item.trim(" \t\r");
      Item.consume_front("-");
      if (Item.trim(" \t\r").starts_with("port-"))
        return true;
    }
  }
  return false;
}

namespace {

/// clang-tidy accepts only letters and digits here (`h`, not `.h`), and
/// reports anything else through a diagnostics engine that does not exist yet
/// when ClangTidyContext is constructed: it crashes (LLVM 19). Refuse first.
llvm::Error checkExtensions(const std::optional<std::vector<std::string>> &List,
                            llvm::StringRef Key, llvm::StringRef File) {
  if (!List)
    return llvm::Error::success();
  for (llvm::StringRef Extension : *List) {
    Extension = Extension.trim();
    if (llvm::all_of(Extension, llvm::isAlnum))
      continue;
    return makeError("invalid " + Key + " entry '" + Extension +
                     "' in the configuration for '" + File +
                     "'; extensions are letters and digits, without the dot "
                     "(e.g. 'h')");
  }
  return llvm::Error::success();
}

} // namespace

llvm::Error checkConfigurationFor(Configuration &Config,
                                  llvm::ArrayRef<std::string> Files) {
  // "" is what ClangTidyContext reads when it is constructed (the current
  // directory's configuration).
  std::vector<std::string> Paths(Files.begin(), Files.end());
  Paths.emplace_back();
  for (const std::string &File : Paths) {
    ClangTidyOptions Options = Config.Provider->getOptions(File);
    if (!Config.FileProblems->empty())
      return makeError(Config.FileProblems->front());
    llvm::StringRef Shown = File.empty() ? "." : llvm::StringRef(File);
    if (llvm::Error Err = checkExtensions(Options.HeaderFileExtensions,
                                          "HeaderFileExtensions", Shown))
      return Err;
    if (llvm::Error Err =
            checkExtensions(Options.ImplementationFileExtensions,
                            "ImplementationFileExtensions", Shown))
      return Err;
  }
  return llvm::Error::success();
}

} // namespace porttidy
