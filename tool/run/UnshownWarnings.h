//===--- UnshownWarnings.h - compiler warnings nobody will see --*- C++ -*-===//
//
// clang-tidy shows a compiler warning only when its clang-diagnostic-<flag>
// check is enabled, but Sema computes every enabled warning anyway, and some
// cost a CFG and a dataflow per function (-Wuninitialized, -Wreturn-type,
// -Winfinite-recursion...): about a tenth of a socket-heavy C TU. When no
// clang-diagnostic- check can be enabled for the file (porttidy's default,
// `-*,port-*`) and nothing on the command line makes a warning an error
// (-Werror, -Werror=<x>, -pedantic-errors), the TU is compiled as with -w,
// which leaves errors alone, default-error warnings included. From a
// `#pragma clang/GCC diagnostic error "-W<x>"` on, warnings are computed
// again, so that the error the pragma makes is still reported.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_UNSHOWNWARNINGS_H
#define PORTTIDY_TOOL_UNSHOWNWARNINGS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Frontend/CompilerInstance.h"

namespace porttidy {

/// Stops \p Compiler from computing warnings the run cannot show, as above.
/// Call once the file's options are in \p Context, before parsing starts.
void skipUnshownWarnings(clang::CompilerInstance &Compiler,
                         const clang::tidy::ClangTidyContext &Context);

} // namespace porttidy

#endif // PORTTIDY_TOOL_UNSHOWNWARNINGS_H
