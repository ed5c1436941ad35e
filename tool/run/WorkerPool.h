//===--- WorkerPool.h - one process per translation unit --------*- C++ -*-===//
//
// `-j N` runs up to N porttidy worker processes, each analysing one file and
// writing its result to a temporary file (see Worker.h). A process per TU
// keeps memory bounded by the largest TU, and a crash (in clang or a check)
// fails that TU only.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_WORKERPOOL_H
#define PORTTIDY_TOOL_WORKERPOOL_H

#include "TidyRunner.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>
#include <vector>

namespace porttidy {

/// Called as each file finishes, in completion order, with its index in
/// Files and its result (std::nullopt: the worker crashed or failed).
using WorkerDone =
    llvm::function_ref<void(size_t Index, std::optional<TUResult> Result)>;

/// Analyses \p Files with \p Command (argv, the executable first) plus
/// `--porttidy-worker-file=F --porttidy-worker-database=D
/// --porttidy-worker-output=PATH`, \p Jobs at once; D is the file's entry in
/// \p Databases.
void runInWorkers(llvm::ArrayRef<std::string> Command,
                  llvm::ArrayRef<std::string> Files,
                  llvm::ArrayRef<std::string> Databases, unsigned Jobs,
                  WorkerDone Done);

} // namespace porttidy

#endif // PORTTIDY_TOOL_WORKERPOOL_H
