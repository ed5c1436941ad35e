// BSD addresses: sin_len and sin6_len come first and are neither port nor
// family; AF_INET6 is 30 on macOS. Stand-ins in Inputs/bsd.
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0 -isystem %inputs/bsd
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2 -isystem %inputs/bsd
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O2 -isystem %inputs/bsd

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int bad_length_set_port_not(const char *host) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_len = sizeof sa;
  inet_pton(AF_INET, host, &sa.sin_addr);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: the port is zeroed here and never set
}

int bad_positional_length_and_family(void) {
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 sa6 = {sizeof sa6, AF_INET6};
  return connect(fd, (struct sockaddr *)&sa6, sizeof sa6);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:29: note: the port is 0 from this initializer
}

// --- silent -----------------------------------------------------------------

int good_positional_with_port(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {sizeof sa, AF_INET, htons(80)};
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// A length but no family: nothing says this is an internet address.
int good_length_only(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_len = sizeof sa;
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}
