//===--- FaultInjection.cpp - failures the test suite provokes ------------===//

#include "FaultInjection.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Program.h"
#include <cstdlib>
#include <optional>

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

void runInjectedCommandBeforeFix(llvm::StringRef File) {
  const char *Command = std::getenv("PORTTIDY_TEST_BEFORE_FIX");
  if (!Command)
    return;
  llvm::StringRef Argv[] = {"sh", "-c", Command, "sh", File};
  llvm::sys::ExecuteAndWait("/bin/sh", Argv);
}

} // namespace porttidy
