//===--- Worker.h - porttidy as a -j worker process -------------*- C++ -*-===//
//
// The other side of WorkerPool: porttidy started with the hidden
// `--porttidy-worker-file=F --porttidy-worker-output=PATH` analyses F alone
// and writes its result to PATH. It prints no findings; a crash kills only
// this process, and the parent reports it.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_WORKER_H
#define PORTTIDY_TOOL_WORKER_H

#include "TidyRunner.h"
#include "cli/CommandLine.h"
#include "cli/Configuration.h"

namespace porttidy {

/// Exit status 0 when the result was written, 2 otherwise.
int runWorker(CommandLine &Args, Configuration &Config, FixMode Mode);

} // namespace porttidy

#endif // PORTTIDY_TOOL_WORKER_H
