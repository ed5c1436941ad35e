// Port reads behind macros and in library headers.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0 -isystem %inputs/sysheader
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2 -isystem %inputs/sysheader
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2 -isystem %inputs/sysheader

#include <arpa/inet.h>
#include <netinet/in.h>
#include <peer_log.h>
#include <stdio.h>

#define PEER_PORT(sa) ((sa)->sin_port)
#define SHOW(fmt, ...) printf(fmt, __VA_ARGS__)
#define IS_DNS(port) ((port) == 53)

// The read is inside the project's macro: reported, but the edit would
// belong in the macro, which may have other users.
void bad_read_inside_macro(const struct sockaddr_in *sa) {
  printf("%d\n", PEER_PORT(sa));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: printf("%d\n", PEER_PORT(sa));
}

// A library's macro used in the user's code is the user's read.
void bad_read_in_library_macro(const struct sockaddr_in *sa) {
  printf("%d\n", PEER_LOG_PORT(sa));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: printf("%d\n", PEER_LOG_PORT(sa));
}

// One whole argument of a macro, variadic or not, is edited where it is
// written.
void bad_whole_macro_argument(const struct sockaddr_in *sa) {
  SHOW("%s %u\n", "peer", sa->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: SHOW("%s %u\n", "peer", ntohs(sa->sin_port));
}

// Part of a macro argument: the edit is likely right, but a macro may
// stringize or paste its argument; only whole arguments are edited.
void bad_part_of_macro_argument(const struct sockaddr_in *sa) {
  SHOW("%u\n", sa->sin_port + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: SHOW("%u\n", sa->sin_port + 1);
}

int bad_compared_inside_macro(const struct sockaddr_in *sa) {
  return IS_DNS(sa->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: return IS_DNS(ntohs(sa->sin_port));
}

// A test framework's assertion keeps both operands in locals of its own,
// compares them and prints them when they differ. Compared with a
// network-order value, the port is checked as it should be; the print is
// the macro's, for any value.
#define EXPECT_EQ_LONG(actual, expected)                                       \
  do {                                                                         \
    long actual_ = (long)(actual);                                             \
    long expected_ = (long)(expected);                                         \
    if (actual_ != expected_)                                                  \
      fprintf(stderr, "%s: %ld != %ld\n", #actual, actual_, expected_);       \
  } while (0)

void good_assertion_in_network_order(const struct sockaddr_in *sa,
                                     const struct sockaddr_in *other) {
  EXPECT_EQ_LONG(sa->sin_port, htons(80));
  EXPECT_EQ_LONG(sa->sin_port, other->sin_port);
}

// Against a host number the assertion itself is wrong: its print is the
// use reported.
void bad_assertion_with_host_number(const struct sockaddr_in *sa) {
  EXPECT_EQ_LONG(sa->sin_port, 80);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the port is printed here
  // CHECK-FIXES: EXPECT_EQ_LONG(sa->sin_port, 80);
}

// Code in a library header is not reported.
void good_library_code(const struct sockaddr_in *sa) { peer_log_raw(sa); }

void good_converted_in_macros(const struct sockaddr_in *sa) {
  SHOW("%u\n", ntohs(sa->sin_port));
  printf("%d\n", ntohs(PEER_PORT(sa)));
}
