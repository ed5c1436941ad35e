// Default: every descriptor below escapes or is learned, so nothing is said.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// StrictMode ignores escapes (and descriptors owned by the caller).
// RUN: %check_port_tidy -check-suffix=STRICT %s port-unqueried-ephemeral %t -- \
// RUN:   -config='{CheckOptions: {port-unqueried-ephemeral.StrictMode: true}}' -- -O2
// QueryFunctions names the project's own functions that learn the port.
// RUN: %check_port_tidy -check-suffix=QUERY -lang=c++ %s port-unqueried-ephemeral %t -- \
// RUN:   -config='{CheckOptions: {port-unqueried-ephemeral.StrictMode: 1, port-unqueried-ephemeral.QueryFunctions: "announce_listener; publish_port"}}' -- -O0

#include <netinet/in.h>
#include <stddef.h>
#include <sys/socket.h>

void register_listener(int fd);
void announce_listener(int fd);
int publish_port(const char *service, int fd);

int bad_strict_descriptor_passed_on(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES-STRICT: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  // CHECK-NOTES-QUERY: :[[@LINE-3]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES-QUERY: :[[@LINE-5]]:27: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES-STRICT: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  // CHECK-NOTES-QUERY: :[[@LINE-3]]:3: note: the socket listens here
  // CHECK-NOTES-QUERY: :[[@LINE-4]]:18: note: read the assigned port with getsockname()
  register_listener(fd);
  return fd;
}

int bad_strict_good_query_announced(void) {
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 sa6 = {.sin6_family = AF_INET6};
  bind(fd, (struct sockaddr *)&sa6, sizeof sa6);
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES-STRICT: :[[@LINE-3]]:29: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES-STRICT: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  announce_listener(fd);
  return accept(fd, NULL, NULL);
}

int bad_strict_good_query_published(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  char buf[64];
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and only receives, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES-STRICT: :[[@LINE-4]]:27: note: the port is 0 from this initializer
  if (publish_port("stats", fd) < 0)
    return -1;
  return (int)recv(fd, buf, sizeof buf, 0);
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:15: note: the socket receives here
  // CHECK-NOTES-STRICT: :[[@LINE-7]]:47: note: read the assigned port with getsockname()
}

int bad_strict_descriptor_from_caller(int fd) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES-STRICT: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  // CHECK-NOTES-QUERY: :[[@LINE-3]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES-QUERY: :[[@LINE-5]]:27: note: the port is 0 from this initializer
  return listen(fd, 16);
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:10: note: the socket listens here
  // CHECK-NOTES-QUERY: :[[@LINE-2]]:10: note: the socket listens here
}

// Strict or not, getsockname() still counts.
int good_getsockname_even_when_strict(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  socklen_t len = sizeof sa;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  getsockname(fd, (struct sockaddr *)&sa, &len);
  register_listener(fd);
  return fd;
}
