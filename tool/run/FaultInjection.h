//===--- FaultInjection.h - failures the test suite provokes ----*- C++ -*-===//
//
// The lit tests check that porttidy loses no file when a write fails, a
// worker dies or a signal arrives at the worst moment. Those moments cannot be
// timed from outside, so these environment variables provoke them. They are
// for the test suite only (documented in test/README.md); nothing else sets
// them.
//
//   PORTTIDY_TEST_WRITE_FAILS_AFTER=N   a file write fails with ENOSPC once N
//                                       bytes were written in this process
//   PORTTIDY_TEST_SIGNAL_DURING_WRITE=S raise signal S (a number) after a
//                                       fixed file's new text is written,
//                                       before it is renamed into place
//   PORTTIDY_TEST_BEFORE_FIX=CMD        run `sh -c CMD sh FILE` just before a
//                                       fixed FILE is locked and checked
//   PORTTIDY_TEST_WORKER_SIGNALS_PARENT=S  a -j worker sends signal S to its
//                                       parent as it starts
//   PORTTIDY_TEST_WORKER_KILLED_ON=NAME a -j worker whose file name contains
//                                       NAME kills itself with SIGKILL
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_FAULTINJECTION_H
#define PORTTIDY_TOOL_FAULTINJECTION_H

#include "llvm/ADT/StringRef.h"
#include <cstddef>

namespace porttidy {

/// How many of the \p Wanted bytes a write may still do before it fails
/// (PORTTIDY_TEST_WRITE_FAILS_AFTER), counting what it is allowed against
/// the budget; \p Wanted when no failure was asked for.
size_t injectedWriteLimit(size_t Wanted);

/// PORTTIDY_TEST_SIGNAL_DURING_WRITE.
void injectSignalDuringWrite();

/// PORTTIDY_TEST_BEFORE_FIX.
void runInjectedCommandBeforeFix(llvm::StringRef File);

/// PORTTIDY_TEST_WORKER_SIGNALS_PARENT and PORTTIDY_TEST_WORKER_KILLED_ON,
/// as a -j worker starts on \p File.
void injectWorkerFaults(llvm::StringRef File);

} // namespace porttidy

#endif // PORTTIDY_TOOL_FAULTINJECTION_H
