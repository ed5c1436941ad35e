// Self-tests of check_port_tidy.py: a correct test passes, and each kind of
// wrong assertion makes the runner fail, for the reason it names.
//
// RUN: %check_port_tidy -engine=plugin %s port-zero-destination %t
// RUN: %check_port_tidy -engine=plugin %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -engine=plugin -lang=c++ %s port-zero-destination %t -- -- -O2
//
// RUN: not %check_port_tidy -engine=plugin -check-suffix=WRONG-TEXT %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-WRONG-TEXT
// RUNNER-WRONG-TEXT: {{^-+}} FAILED [plugin]: FileCheck failed for CHECK-MESSAGES-WRONG-TEXT
// RUNNER-WRONG-TEXT: {{^}}check_port_tidy: FAIL (1 problem(s)):
//
// RUN: not %check_port_tidy -engine=plugin -check-suffix=WRONG-LINE %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-WRONG-LINE
// RUNNER-WRONG-LINE: {{^-+}} FAILED [plugin]: FileCheck failed for CHECK-MESSAGES-WRONG-LINE
//
// One of the two warnings left unasserted: --implicit-check-not catches it.
// RUN: not %check_port_tidy -engine=plugin -check-suffix=ONLY-ONE %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-ONLY-ONE
// RUNNER-ONLY-ONE: {{^-+}} FAILED [plugin]: FileCheck failed for CHECK-MESSAGES-ONLY-ONE
// RUNNER-ONLY-ONE: error: IMPLICIT-CHECK-NOT: excluded string found in input
// RUNNER-ONLY-ONE: messages.c:{{[0-9]+}}:10: warning: connect() to port 0 always fails
//
// No assertion for this suffix makes it a negative test, which must fail here.
// RUN: not %check_port_tidy -engine=plugin -check-suffix=NONE %s port-zero-destination %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-NONE
// RUNNER-NONE: {{^-+}} FAILED [plugin]: no diagnostics expected
// RUNNER-NONE-SAME: suffix 'NONE'
// RUNNER-NONE: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
//
// Without a -std in the compiler arguments C is gnu11 and C++ is c++17.
// RUN: %check_port_tidy -engine=plugin %s port-zero-destination %t | FileCheck %s --check-prefix=RUNNER-STD-C
// RUNNER-STD-C: '--checks=-*,port-zero-destination' '--config={}' -- -std=gnu11 -I
// RUN: %check_port_tidy -engine=plugin -lang=c++ %s port-zero-destination %t | FileCheck %s --check-prefix=RUNNER-STD-CXX
// RUNNER-STD-CXX: messages.cpp --fix
// RUNNER-STD-CXX-SAME: -- -std=c++17
// RUN: %check_port_tidy -engine=plugin %s port-zero-destination %t -- -- -std=c99 | FileCheck %s --check-prefix=RUNNER-STD-USER
// RUNNER-STD-USER: '--config={}' -- -std=c99 -I

#include <netinet/in.h>
#include <sys/socket.h>

int bad_connect_zero_initialised(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES-WRONG-TEXT: :[[@LINE-2]]:10: warning: connect() to port 0 sometimes fails
  // CHECK-MESSAGES-WRONG-LINE: :[[@LINE-2]]:10: warning: connect() to port 0 always fails
  // CHECK-MESSAGES-ONLY-ONE: :[[@LINE-4]]:10: warning: connect() to port 0 always fails
}

int bad_connect_designated_initialiser(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES-WRONG-TEXT: :[[@LINE-2]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES-WRONG-LINE: :[[@LINE-3]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
}
