// ExtraFunctions: a project's own wrappers, `name:address[:socket]`, 0-based.
// RUN: %check_port_tidy %s port-zero-destination %t -- \
// RUN:   -config='{CheckOptions: {port-zero-destination.ExtraFunctions: "net_dial:1;net_send:2:0"}}' -- -O0
// RUN: %check_port_tidy -check-suffix=DEFAULT %s port-zero-destination %t -- -- -O2

#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int net_dial(const char *name, const struct sockaddr_in *to);
int net_send(int fd, const void *data, const struct sockaddr_in *to);

int bad_wrapper(void) {
  struct sockaddr_in to = {.sin_family = AF_INET};
  return net_dial("upstream", &to);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: net_dial() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
}

int bad_wrapper_with_socket(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  return net_send(fd, "x", &to);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: net_send() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: the port is zeroed here and never set
}

int good_wrapper_on_raw_socket(void) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to = {.sin_family = AF_INET};
  return net_send(fd, "x", &to);
}

int good_wrapper_with_port(void) {
  struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons(53)};
  return net_dial("dns", &to);
}
