//===--- FindingFilters.cpp - narrow the one list of findings -------------===//

#include "FindingFilters.h"
#include "ReportSources.h"
#include "cli/Messages.h"
#include "llvm/ADT/STLExtras.h"

namespace porttidy {

size_t keepOnly(std::vector<Finding> &Findings,
                llvm::function_ref<bool(const Finding &)> Keeps) {
  size_t Before = Findings.size();
  llvm::erase_if(Findings, [&](const Finding &F) {
    return classify(F.Error) == DiagnosticKind::Finding && !Keeps(F);
  });
  return Before - Findings.size();
}

std::string primaryPath(const Finding &F) {
  const clang::tooling::DiagnosticMessage &Primary = F.Error.Message;
  if (Primary.FilePath.empty())
    return "";
  return SourceRoot::absolute(Primary.FilePath, F.Error.BuildDirectory);
}

unsigned primaryLine(const Finding &F) {
  // Files are read once per process; the report reads them again anyway.
  static SourceFiles Texts;
  std::string Path = primaryPath(F);
  if (Path.empty())
    return 0;
  const SourceFile *Text = Texts.get(Path);
  return Text ? Text->positionOf(F.Error.Message.FileOffset).Line : 0;
}

llvm::Expected<LineFilter> LineFilter::parse(llvm::StringRef Json) {
  clang::tidy::ClangTidyGlobalOptions Parsed;
  if (std::error_code EC = clang::tidy::parseLineFilter(Json, Parsed))
    return makeError("invalid --line-filter: " + EC.message() +
                     " (expected e.g. '[{\"name\":\"file.c\",\"lines\":"
                     "[[1,3]]}]')");
  LineFilter Result;
  Result.Files = std::move(Parsed.LineFilter);
  return Result;
}

bool LineFilter::keeps(const Finding &F) {
  std::string Path = primaryPath(F);
  if (Path.empty())
    return true; // nowhere to match: hiding it would hide a problem
  for (const clang::tidy::FileFilter &File : Files) {
    if (!llvm::StringRef(Path).ends_with(File.Name))
      continue;
    if (File.LineRanges.empty())
      return true;
    unsigned Line = primaryLine(F);
    return llvm::any_of(File.LineRanges, [&](const auto &Range) {
      return Range.first <= Line && Line <= Range.second;
    });
  }
  return false;
}

} // namespace porttidy
