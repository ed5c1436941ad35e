//===--- CheckGlobs.h - what a Checks glob may enable -----------*- C++ -*-===//
//
// Whole families of checks cost the run something only when one of them is
// enabled (the static analyzer's checkers, the compiler's warnings). Asking
// clang-tidy's glob about each of their hundreds of names, for every file,
// is what this avoids.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_CHECKGLOBS_H
#define PORTTIDY_TOOL_CHECKGLOBS_H

#include "llvm/ADT/StringRef.h"

namespace porttidy {

/// Whether the `Checks` glob \p Checks may enable a check whose name starts
/// with \p Prefix (`clang-analyzer-`, `clang-diagnostic-`); never no when
/// one is. The globs are walked as clang-tidy's GlobList does (the last
/// match decides), over all such names at once: a positive glob that may
/// match one says yes; a negative glob matching them all hides every glob
/// before it and says no.
bool mayEnableChecksNamed(llvm::StringRef Checks, llvm::StringRef Prefix);

} // namespace porttidy

#endif // PORTTIDY_TOOL_CHECKGLOBS_H
