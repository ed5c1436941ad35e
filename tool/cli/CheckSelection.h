//===--- CheckSelection.h - validate the --checks globs ---------*- C++ -*-===//
//
// clang-tidy silently accepts `--checks=port-zero-destinaton` and runs
// nothing; porttidy refuses a pattern that names no check, because a typo
// would otherwise look like a clean run.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_CHECKSELECTION_H
#define PORTTIDY_TOOL_CHECKSELECTION_H

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

namespace porttidy {

/// Fails on the first item of \p Globs that cannot be meant: a positive glob
/// matching none of \p Known, or an exact check name (either sign) that is
/// not in \p Known. `clang-diagnostic-*` items name compiler warnings, which
/// cannot be listed, and are accepted as they are.
llvm::Error validateCheckGlobs(llvm::StringRef Globs,
                               const llvm::StringSet<> &Known);

} // namespace porttidy

#endif // PORTTIDY_TOOL_CHECKSELECTION_H
