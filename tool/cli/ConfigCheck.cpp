//===--- ConfigCheck.cpp - --verify-config and --explain-config -----------===//

#include "ConfigCheck.h"
#include "CheckSelection.h"
#include "ClosestName.h"
#include "Messages.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"
#include "run/TidyRunner.h"

namespace porttidy {

namespace {

/// The known name closest to a misspelt \p Name, if any is close.
std::string closest(llvm::StringRef Name, const llvm::StringSet<> &Known) {
  ClosestName Search(Name);
  for (llvm::StringRef Candidate : Known.keys())
    Search.consider(Candidate);
  return Search.result();
}

} // namespace

unsigned verifyConfiguration(clang::tidy::ClangTidyOptionsProvider &Settings,
                             llvm::StringRef File) {
  ClangTidyOptions Options = Settings.getOptions(File);
  unsigned Problems = 0;
  llvm::StringSet<> Checks = registeredChecks();
  if (llvm::Error Err =
          validateCheckGlobs(Options.Checks.value_or(""), Checks)) {
    printError(llvm::toString(std::move(Err)) + " (in the configuration for '" +
               File + "')");
    ++Problems;
  }

  // Every option of every check, with its default: what a key may name.
  ClangTidyOptions Everything = Options;
  Everything.Checks = "*";
  llvm::StringSet<> Known;
  for (const auto &Option : checkOptions(Everything))
    Known.insert(Option.getKey());
  std::vector<std::string> Keys;
  for (const auto &Option : Options.CheckOptions)
    Keys.push_back(Option.getKey().str());
  llvm::sort(Keys);
  for (const std::string &Key : Keys) {
    // A key without a check name is a global option (e.g. StrictMode) that
    // any check may read.
    if (!llvm::StringRef(Key).contains('.') || Known.contains(Key))
      continue;
    std::string Suggestion = closest(Key, Known);
    printError("unknown check option '" + Key + "' in the configuration for '" +
               File + "'" +
               (Suggestion.empty() ? "" : "; did you mean '" + Suggestion + "'?"));
    ++Problems;
  }
  if (!Problems)
    printInfo("the configuration for '" + File + "' has no errors");
  return Problems;
}

void explainConfiguration(clang::tidy::ClangTidyOptionsProvider &Settings,
                          llvm::StringRef File) {
  std::vector<clang::tidy::ClangTidyOptionsProvider::OptionsSource> Layers =
      Settings.getRawOptions(File);
  for (const std::string &Check : enabledChecks(Settings.getOptions(File))) {
    // The last layer whose globs match the name decides, as in a merged
    // GlobList.
    std::string Source;
    for (const auto &[Layer, Name] : Layers) {
      if (!Layer.Checks)
        continue;
      clang::tidy::GlobList Globs(*Layer.Checks);
      for (const auto &Glob : llvm::reverse(Globs.getItems()))
        if (Glob.Regex.match(Check)) {
          Source = Glob.IsPositive ? Name : "";
          break;
        }
    }
    llvm::outs() << "'" << Check << "' is enabled by " << Source << ".\n";
  }
}

} // namespace porttidy
