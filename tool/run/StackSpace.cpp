//===--- StackSpace.cpp - stack room for deeply nested sources ------------===//
//
// Clang's parser recurses once per nesting level that no bracket limit bounds
// (an else-if chain, a run of unary operators): 10,000 levels overflow the
// usual 8 MB stack inside clang itself, and an overflow kills the process
// before any crash handler can report it. Like clang's own cc1, porttidy
// raises its soft stack limit at start-up: Linux grows the main thread's stack
// on demand up to the limit in force at the time, and leaves at least 128 MB
// below it for that. Worker processes (-j) are porttidy too and get the same.
//
//===----------------------------------------------------------------------===//

#include <sys/resource.h>

namespace {

// Inside the 128 MB the kernel keeps free below the main thread's stack.
constexpr rlim_t DesiredStackBytes = rlim_t(100) << 20;

bool raiseStackLimit() {
  rlimit Limit;
  if (getrlimit(RLIMIT_STACK, &Limit) != 0 || Limit.rlim_cur == RLIM_INFINITY ||
      Limit.rlim_cur >= DesiredStackBytes)
    return false;
  Limit.rlim_cur = Limit.rlim_max == RLIM_INFINITY
                       ? DesiredStackBytes
                       : (Limit.rlim_max < DesiredStackBytes ? Limit.rlim_max
                                                             : DesiredStackBytes);
  return setrlimit(RLIMIT_STACK, &Limit) == 0;
}

// Before main(): nothing porttidy does may run on the smaller stack first.
[[maybe_unused]] const bool StackLimitRaised = raiseStackLimit();

} // namespace
