//===--- FaultInjection.h - failures the test suite provokes ----*- C++ -*-===//
//
// The lit tests check that porttidy loses no file when a write fails or a
// file changes under it. Those moments cannot be timed from outside, so
// these environment variables provoke them. They are
// for the test suite only (documented in test/README.md); nothing else sets
// them.
//
//   PORTTIDY_TEST_WRITE_FAILS_AFTER=N   a file write fails with ENOSPC once N
//                                       bytes were written in this process
//   PORTTIDY_TEST_BEFORE_FIX=CMD        run `sh -c CMD sh FILE` just before a
//                                       fixed FILE is locked and checked
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

/// PORTTIDY_TEST_BEFORE_FIX.
void runInjectedCommandBeforeFix(llvm::StringRef File);

} // namespace porttidy

#endif // PORTTIDY_TOOL_FAULTINJECTION_H
