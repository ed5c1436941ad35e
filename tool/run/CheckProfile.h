//===--- CheckProfile.h - --enable-check-profile ----------------*- C++ -*-===//
//
// clang-tidy's per-check timing: with --enable-check-profile each analysed
// translation unit prints clang-tidy's profile table on stderr; with
// --store-check-profile=<dir> (which implies it) the table is written to a
// JSON file per translation unit under <dir> instead. A result replayed from
// --cache-dir is not analysed, so it has no profile.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_CHECKPROFILE_H
#define PORTTIDY_TOOL_CHECKPROFILE_H

#include "TidyRunner.h"
#include "cli/CommandLine.h"

namespace porttidy {

/// Turns profiling on in \p Context when \p Args ask for it.
void applyCheckProfile(ClangTidyContext &Context, const CommandLine &Args);

/// \p Base, making contexts with profiling on when \p Args ask for it.
ContextFactory withCheckProfile(ContextFactory Base, const CommandLine &Args);

} // namespace porttidy

#endif // PORTTIDY_TOOL_CHECKPROFILE_H
