//===--- HeaderScope.cpp - which headers' findings are shown --------------===//

#include "HeaderScope.h"
#include "ReportSources.h"
#include "llvm/Support/Path.h"

namespace porttidy {

HeaderScope::HeaderScope(clang::tidy::ClangTidyOptionsProvider &Settings,
                         std::string Root,
                         llvm::ArrayRef<std::string> MainFiles)
    : Settings(Settings), Root(std::move(Root)) {
  for (const std::string &File : MainFiles)
    this->MainFiles.insert(SourceRoot::absolute(File));
}

bool HeaderScope::keeps(const Finding &F) {
  const clang::tooling::DiagnosticMessage &Primary = F.Error.Message;
  if (classify(F.Error) != DiagnosticKind::Finding || Primary.FilePath.empty())
    return true;
  std::string Path =
      SourceRoot::absolute(Primary.FilePath, F.Error.BuildDirectory);
  if (MainFiles.contains(Path))
    return true;
  auto [It, Inserted] = Decided.try_emplace(Path, false);
  if (Inserted)
    It->second = showsHeader(Path);
  return It->second;
}

bool HeaderScope::showsHeader(const std::string &Path) {
  // The configuration that applies to the header itself (its directory's
  // .clang-tidy), so a vendored directory can opt out on its own.
  clang::tidy::ClangTidyOptions Options = Settings.getOptions(Path);
  bool Included;
  if (Options.HeaderFilterRegex) {
    // As in clang-tidy: a search anywhere in the path; "" matches nothing.
    const llvm::Regex *Filter =
        compiled(*Options.HeaderFilterRegex, "HeaderFilterRegex");
    Included =
        !Options.HeaderFilterRegex->empty() && Filter && Filter->match(Path);
  } else {
    llvm::StringRef Rest = Path;
    Included = Rest.consume_front(Root) &&
               (Rest.empty() || llvm::sys::path::is_separator(Rest.front()) ||
                llvm::sys::path::is_separator(Root.back()));
  }
  if (!Included)
    return false;
  if (!Options.ExcludeHeaderFilterRegex ||
      Options.ExcludeHeaderFilterRegex->empty())
    return true;
  const llvm::Regex *Exclude =
      compiled(*Options.ExcludeHeaderFilterRegex, "ExcludeHeaderFilterRegex");
  return !Exclude || !Exclude->match(Path);
}

const llvm::Regex *HeaderScope::compiled(const std::string &Pattern,
                                         llvm::StringRef Key) {
  auto [It, Inserted] = Patterns.try_emplace(Pattern);
  if (Inserted) {
    auto Regex = std::make_unique<llvm::Regex>(Pattern);
    std::string Error;
    if (Pattern.empty() || Regex->isValid(Error))
      It->second = std::move(Regex);
    else if (Problem.empty())
      Problem = "invalid " + Key.str() + " '" + Pattern + "': " + Error;
  }
  return It->second.get();
}

} // namespace porttidy
