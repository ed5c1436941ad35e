// Self-tests of check_port_tidy.py: the CLI engine must agree with the plugin
// and keep its exit-status contract. A fake CLI (Inputs/fake-porttidy) runs the
// real plugin and then misbehaves in one way per FAKE_MODE.
//
// RUN: env FAKE_CLANG_TIDY=%clang_tidy FAKE_PLUGIN=%plugin FAKE_MODE=faithful \
// RUN:   %check_port_tidy --porttidy=%S/Inputs/fake-porttidy %s port-zero-destination %t
//
// RUN: env FAKE_CLANG_TIDY=%clang_tidy FAKE_PLUGIN=%plugin FAKE_MODE=drop-warning \
// RUN:   not %check_port_tidy --porttidy=%S/Inputs/fake-porttidy %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=DROP
// DROP: FAILED: engines disagree on warnings
// DROP-NEXT: - plugin only: {{.*}}engines.c:[[#]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
// DROP: {{^}}check_port_tidy: FAIL (2 problem(s)):
// DROP-NEXT: {{^}}  [cli] FileCheck failed for CHECK-MESSAGES
// DROP-NEXT: the plugin and the CLI report different warnings
//
// RUN: env FAKE_CLANG_TIDY=%clang_tidy FAKE_PLUGIN=%plugin FAKE_MODE=extra-warning \
// RUN:   not %check_port_tidy --porttidy=%S/Inputs/fake-porttidy %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=EXTRA
// EXTRA: + cli only: {{.*}}engines.c:1:1: warning: an invented finding [port-zero-destination]
// EXTRA: the plugin and the CLI report different warnings
//
// RUN: env FAKE_CLANG_TIDY=%clang_tidy FAKE_PLUGIN=%plugin FAKE_MODE=exit-zero \
// RUN:   not %check_port_tidy --porttidy=%S/Inputs/fake-porttidy %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=EXIT-ZERO
// EXIT-ZERO: {{^}}check_port_tidy: FAIL (1 problem(s)):
// EXIT-ZERO-NEXT: {{^}}  [cli] porttidy exited 0 but printed 1 finding(s); it must exit 1 exactly when it reports findings
//
// RUN: env FAKE_CLANG_TIDY=%clang_tidy FAKE_PLUGIN=%plugin FAKE_MODE=exit-two \
// RUN:   not %check_port_tidy --porttidy=%S/Inputs/fake-porttidy %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=EXIT-TWO
// EXIT-TWO: {{^}}check_port_tidy: FAIL (1 problem(s)):
// EXIT-TWO-NEXT: {{^}}  [cli] porttidy exited 2: tool error
//
// A fixed file that does not compile fails, and so does any change to the file
// the test does not assert with CHECK-FIXES.
// RUN: env FAKE_CLANG_TIDY=%clang_tidy FAKE_PLUGIN=%plugin FAKE_MODE=break-fix \
// RUN:   not %check_port_tidy --porttidy=%S/Inputs/fake-porttidy %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=BREAK-FIX
// BREAK-FIX: {{^}}check_port_tidy: FAIL (3 problem(s)):
// BREAK-FIX-NEXT: {{^}}  [cli] the file was changed but the test has no CHECK-FIXES (suffix '')
// BREAK-FIX-NEXT: {{^}}  [cli] fix-its must produce code that compiles; the fixed file does not
// BREAK-FIX-NEXT: the plugin and the CLI produce different fixed files
//
// A missing CLI is a failure, not a skip.
// RUN: not %check_port_tidy --porttidy=%t.no-such-cli %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=MISSING
// MISSING: {{^}}  [cli] the cli engine is missing: {{.*}}no-such-cli does not exist (build it first)

#include <netinet/in.h>
#include <sys/socket.h>

int bad_connect_designated_initialiser(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
}
