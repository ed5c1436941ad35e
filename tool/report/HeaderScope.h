//===--- HeaderScope.h - which headers' findings are shown ------*- C++ -*-===//
//
// clang-tidy matches its header filter against the header's name as the
// compiler spelled it (often relative to some -I directory), and its default
// changed between majors (no headers up to LLVM 21, every header from 22).
// porttidy analyses with every non-system header in scope and decides here,
// afterwards, on absolute paths: a finding in a file that is not one of the
// run's main files is shown when HeaderFilterRegex (or --header-filter)
// matches the header's absolute path and ExcludeHeaderFilterRegex (or
// --exclude-header-filter) does not. Unset, the filter is porttidy's own:
// the headers under the source root, i.e. the project's, not the system's.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_HEADERSCOPE_H
#define PORTTIDY_TOOL_HEADERSCOPE_H

#include "Findings.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <string>
#include <vector>

namespace porttidy {

class HeaderScope {
public:
  /// \p Settings are the user's (their HeaderFilterRegex is read for each
  /// header), \p Root the source root (absolute), \p MainFiles the files the
  /// run analyses as translation units.
  HeaderScope(clang::tidy::ClangTidyOptionsProvider &Settings, std::string Root,
              llvm::ArrayRef<std::string> MainFiles);

  /// Whether \p F is shown. Compile errors and configuration problems
  /// always are: they say the analysis was incomplete.
  bool keeps(const Finding &F);

  /// A header filter that is not a valid regular expression, described, or
  /// empty.
  const std::string &problem() const { return Problem; }

private:
  /// Whether the findings in header \p Path are shown.
  bool showsHeader(const std::string &Path);
  /// \p Pattern compiled once; null (and Problem set) if it is invalid.
  const llvm::Regex *compiled(const std::string &Pattern, llvm::StringRef Key);

  clang::tidy::ClangTidyOptionsProvider &Settings;
  std::string Root;
  llvm::StringSet<> MainFiles;
  llvm::StringMap<bool> Decided;
  llvm::StringMap<std::unique_ptr<llvm::Regex>> Patterns;
  std::string Problem;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_HEADERSCOPE_H
