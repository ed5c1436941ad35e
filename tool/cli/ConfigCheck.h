//===--- ConfigCheck.h - --verify-config and --explain-config ---*- C++ -*-===//
//
// Two ways to look at a configuration without analysing anything, with
// clang-tidy's meaning: --verify-config reports every check name and every
// CheckOptions key no check knows (a misspelt `ExtraFunction` silently
// keeps the default), with the closest known one; --explain-config says,
// for each enabled check, which layer of the configuration enabled it.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_CONFIGCHECK_H
#define PORTTIDY_TOOL_CONFIGCHECK_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringRef.h"

namespace porttidy {

/// Prints one `porttidy: error:` line per unknown check or option in the
/// configuration of \p File, or `porttidy: the configuration for '<File>'
/// has no errors`; returns the number of problems.
unsigned verifyConfiguration(clang::tidy::ClangTidyOptionsProvider &Settings,
                             llvm::StringRef File);

/// Prints `'<check>' is enabled by <source>` for each check enabled for
/// \p File, naming the last configuration layer whose Checks enable it.
void explainConfiguration(clang::tidy::ClangTidyOptionsProvider &Settings,
                          llvm::StringRef File);

} // namespace porttidy

#endif // PORTTIDY_TOOL_CONFIGCHECK_H
