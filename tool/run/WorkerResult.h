//===--- WorkerResult.h - a TU's result as text -----------------*- C++ -*-===//
//
// How a worker process hands its result back, and how the result cache keeps
// it: YAML, with clang's own mapping for the diagnostics (the one
// clang-apply-replacements reads) plus porttidy's fields.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_WORKERRESULT_H
#define PORTTIDY_TOOL_WORKERRESULT_H

#include "TidyRunner.h"
#include <optional>
#include <string>

namespace porttidy {

/// \p Key is stored alongside, so a reader can tell it got what it asked for.
std::string serializeResult(const TUResult &Result, llvm::StringRef Key);

/// Reads what serializeResult wrote; std::nullopt if the text is damaged or
/// its key is not \p Key.
std::optional<TUResult> parseResult(llvm::StringRef Text, llvm::StringRef Key);

} // namespace porttidy

#endif // PORTTIDY_TOOL_WORKERRESULT_H
