//===--- FaultInjection.cpp - failures the test suite provokes ------------===//

#include "FaultInjection.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Program.h"
#include <csignal>
#include <cstdlib>
#include <optional>
#include <unistd.h>

namespace porttidy {

namespace {

std::optional<unsigned long long> numberFrom(const char *Variable) {
  const char *Value = std::getenv(Variable);
  unsigned long long Number;
  if (!Value || llvm::StringRef(Value).getAsInteger(10, Number))
    return std::nullopt;
  return Number;
}

} // namespace

size_t injectedWriteLimit(size_t Wanted) {
  static std::optional<unsigned long long> Budget =
      numberFrom("PORTTIDY_TEST_WRITE_FAILS_AFTER");
  if (!Budget)
    return Wanted;
  size_t Allowed = std::min<unsigned long long>(Wanted, *Budget);
  *Budget -= Allowed;
  return Allowed;
}

void injectSignalDuringWrite() {
  if (std::optional<unsigned long long> Signal =
          numberFrom("PORTTIDY_TEST_SIGNAL_DURING_WRITE"))
    std::raise(static_cast<int>(*Signal));
}

void runInjectedCommandBeforeFix(llvm::StringRef File) {
  const char *Command = std::getenv("PORTTIDY_TEST_BEFORE_FIX");
  if (!Command)
    return;
  llvm::StringRef Argv[] = {"sh", "-c", Command, "sh", File};
  llvm::sys::ExecuteAndWait("/bin/sh", Argv);
}

void injectWorkerFaults(llvm::StringRef File) {
  if (std::optional<unsigned long long> Signal =
          numberFrom("PORTTIDY_TEST_WORKER_SIGNALS_PARENT"))
    ::kill(::getppid(), static_cast<int>(*Signal));
  const char *Victim = std::getenv("PORTTIDY_TEST_WORKER_KILLED_ON");
  if (Victim && *Victim && File.contains(Victim))
    std::raise(SIGKILL);
}

} // namespace porttidy
