//===--- Interruption.h - SIGINT and SIGTERM, handled whole -----*- C++ -*-===//
//
// porttidy ends on SIGINT or SIGTERM with status 128 + the signal (130,
// 143), as a shell reports a process the signal ended, and one line on
// stderr (`porttidy: error: interrupted (SIGTERM)`). Temporary files registered with llvm::sys::RemoveFileOnSignal (every
// one porttidy writes) are removed first.
//
// Most of the time the process ends at once. Inside a DeferInterrupts scope
// the signal is only recorded: the code there (the -j worker pool, the loop
// that writes fixed files) polls interruptRequested(), winds down cleanly,
// and the process ends when the outermost scope closes.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_INTERRUPTION_H
#define PORTTIDY_TOOL_INTERRUPTION_H

#include <csignal>

namespace porttidy {

/// Installs the SIGINT/SIGTERM handlers (after llvm::InitLLVM, which
/// installs its own), and ignores SIGXFSZ so that a file size limit fails a
/// write with EFBIG instead of killing the process. Without \p Announce (a
/// -j worker, which its parent stops) the process ends silently.
void installSignalHandlers(bool Announce);

/// The signal received inside a DeferInterrupts scope, or 0.
int interruptRequested();

class DeferInterrupts {
public:
  DeferInterrupts();
  /// Ends the process if a signal arrived and this was the outermost scope.
  ~DeferInterrupts();
  DeferInterrupts(const DeferInterrupts &) = delete;
  DeferInterrupts &operator=(const DeferInterrupts &) = delete;
};

/// Blocks SIGINT and SIGTERM while alive, whether or not the handlers are
/// installed yet: a temporary file is created and registered for removal
/// (or unlinked) with no signal in between; one that arrives is delivered
/// when the scope ends.
class BlockInterrupts {
public:
  BlockInterrupts();
  ~BlockInterrupts();
  BlockInterrupts(const BlockInterrupts &) = delete;
  BlockInterrupts &operator=(const BlockInterrupts &) = delete;

private:
  sigset_t Saved;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_INTERRUPTION_H
