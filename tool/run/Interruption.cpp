//===--- Interruption.cpp - SIGINT and SIGTERM, handled whole -------------===//

#include "Interruption.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace porttidy {

namespace {

volatile std::sig_atomic_t Received = 0;
bool Announced = true;
std::atomic<int> DeferDepth{0};

/// Only async-signal-safe calls: this runs inside the signal handler.
[[noreturn]] void endProcess(int Signal) {
  llvm::sys::RunInterruptHandlers();
  const char *Line = Signal == SIGINT ? "porttidy: error: interrupted (SIGINT)\n"
                                      : "porttidy: error: interrupted (SIGTERM)\n";
  if (Announced) {
    ssize_t Ignored = ::write(STDERR_FILENO, Line, std::strlen(Line));
    (void)Ignored;
  }
  ::_exit(128 + Signal);
}

void onInterrupt(int Signal) {
  if (Received == 0)
    Received = Signal;
  if (DeferDepth.load() == 0)
    endProcess(Signal);
}

} // namespace

void installSignalHandlers(bool Announce) {
  Announced = Announce;
  struct sigaction Action;
  std::memset(&Action, 0, sizeof Action);
  Action.sa_handler = onInterrupt;
  sigemptyset(&Action.sa_mask);
  // Both signals share the handler; one must not interrupt the other.
  sigaddset(&Action.sa_mask, SIGINT);
  sigaddset(&Action.sa_mask, SIGTERM);
  Action.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &Action, nullptr);
  ::sigaction(SIGTERM, &Action, nullptr);
  std::signal(SIGXFSZ, SIG_IGN);
}

int interruptRequested() { return Received; }

BlockInterrupts::BlockInterrupts() {
  sigset_t Set;
  sigemptyset(&Set);
  sigaddset(&Set, SIGINT);
  sigaddset(&Set, SIGTERM);
  ::sigprocmask(SIG_BLOCK, &Set, &Saved);
}

BlockInterrupts::~BlockInterrupts() { ::sigprocmask(SIG_SETMASK, &Saved, nullptr); }

DeferInterrupts::DeferInterrupts() { ++DeferDepth; }

DeferInterrupts::~DeferInterrupts() {
  if (--DeferDepth == 0 && Received != 0) {
    llvm::outs().flush();
    endProcess(Received);
  }
}

} // namespace porttidy
