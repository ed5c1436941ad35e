//===--- Messages.h - porttidy's own messages on stderr ---------*- C++ -*-===//
//
// Findings go to stdout in clang-tidy's format; porttidy's own problems go to
// stderr as one line each, `porttidy: error: ...`, so scripts can grep them.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_MESSAGES_H
#define PORTTIDY_TOOL_MESSAGES_H

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

namespace porttidy {

/// The exit status is part of the interface: CI scripts branch on it.
enum ExitCode : int {
  ExitClean = 0,    ///< nothing found
  ExitFindings = 1, ///< at least one finding
  ExitFailure = 2,  ///< porttidy could not do its job
};

void printError(const llvm::Twine &Message);
void printWarning(const llvm::Twine &Message);
void printNote(const llvm::Twine &Message);
/// Statistics: `porttidy: <message>`, without a severity, so tools that look
/// for `note:` or `warning:` lines do not take it for a diagnostic.
void printInfo(const llvm::Twine &Message);

/// Prints \p Err as an error line and returns ExitFailure.
int failWith(llvm::Error Err);

/// A one-line error for llvm::Expected results.
llvm::Error makeError(const llvm::Twine &Message);

} // namespace porttidy

#endif // PORTTIDY_TOOL_MESSAGES_H
