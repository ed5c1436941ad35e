// Self-tests of check_port_tidy.py's CHECK-NOTES handling, with a stock
// clang-tidy check that emits a note (plugin engine only).
//
// RUN: %check_port_tidy -engine=plugin %s bugprone-branch-clone %t
// CHECK-MESSAGES only asserts warnings: the note may stay unasserted.
// RUN: %check_port_tidy -engine=plugin -check-suffix=WARNINGS %s bugprone-branch-clone %t
//
// With CHECK-NOTES every note must be asserted.
// RUN: not %check_port_tidy -engine=plugin -check-suffix=NOTE-MISSING %s bugprone-branch-clone %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-NOTE-MISSING
// RUNNER-NOTE-MISSING: {{^-+}} FAILED [plugin]: FileCheck failed for CHECK-NOTES-NOTE-MISSING
// RUNNER-NOTE-MISSING: error: IMPLICIT-CHECK-NOT: excluded string found in input
// RUNNER-NOTE-MISSING: note: found here
// RUNNER-NOTE-MISSING-NEXT: notes.c:[[#]]:3: note: else branch starts here
// RUNNER-NOTE-MISSING: {{^}}check_port_tidy: FAIL (1 problem(s)):
//
// Malformed tests are usage errors (exit 2), not passes or plain failures.
// RUN: not %check_port_tidy -engine=plugin -check-suffix=BOTH %s bugprone-branch-clone %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-BOTH
// RUNNER-BOTH: {{^}}check_port_tidy: error: use either CHECK-MESSAGES-BOTH or CHECK-NOTES-BOTH, not both
// RUN: not %check_port_tidy -engine=plugin -check-suffix=WARNINGS,NOTE-MISSING %s bugprone-branch-clone %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-MIXED
// RUNNER-MIXED: {{^}}check_port_tidy: error: CHECK-MESSAGES-WARNINGS and CHECK-NOTES-NOTE-MISSING in one run
// RUN: not %check_port_tidy -engine=plugin -check-suffix=WARNINGS,TYPO %s bugprone-branch-clone %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-TYPO
// RUNNER-TYPO: {{^}}check_port_tidy: error: no CHECK-MESSAGES, CHECK-NOTES or CHECK-FIXES lines for check suffix 'TYPO'
// RUN: not %check_port_tidy -engine=plugin -check-suffix=NOT %s bugprone-branch-clone %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-RESERVED
// RUNNER-RESERVED: {{^}}check_port_tidy: error: check suffix 'NOT' reads as a FileCheck directive

void send_datagram(void);

void bad_identical_branches(int connected) {
  if (connected)
    send_datagram();
  else
    send_datagram();
  // CHECK-NOTES: :[[@LINE-4]]:3: warning: if with identical then and else branches [bugprone-branch-clone]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: else branch starts here
  // CHECK-MESSAGES-WARNINGS: :[[@LINE-6]]:3: warning: if with identical then and else branches [bugprone-branch-clone]
  // CHECK-NOTES-NOTE-MISSING: :[[@LINE-7]]:3: warning: if with identical then and else branches [bugprone-branch-clone]
  // CHECK-MESSAGES-BOTH: :[[@LINE-8]]:3: warning: if with identical then and else branches [bugprone-branch-clone]
  // CHECK-NOTES-BOTH: :[[@LINE-9]]:3: warning: if with identical then and else branches [bugprone-branch-clone]
}
