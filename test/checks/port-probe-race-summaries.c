// RUN: %check_port_tidy %s port-probe-race %t -- -- -O0
// RUN: %check_port_tidy %s port-probe-race %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-probe-race %t -- -- -O0

// "Find a free port" spread over helpers: one binds port 0, one learns the
// port, one closes the socket.

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned short port_of(int fd) {
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  if (getsockname(fd, (struct sockaddr *)&sa, &len) != 0)
    return 0;
  return ntohs(sa.sin_port);
}

static int bind_any(int fd) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  return bind(fd, (struct sockaddr *)&sa, sizeof sa);
}

static void net_close(int fd) { close(fd); }

unsigned short bad_probe_made_of_helpers(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  bind_any(fd);
  unsigned short port = port_of(fd);
  net_close(fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released by net_close(); another process may bind it before it is used [port-probe-race]
  // CHECK-MESSAGES: :[[@LINE-8]]:33: note: net_close() calls close() here
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: keep the socket open and pass the socket itself on instead of its port
  return port;
}

// A helper that learns the port and closes the socket before returning it.
static unsigned short learn_and_release(int fd) {
  unsigned short port = port_of(fd);
  close(fd);
  return port;
}

unsigned short bad_port_released_by_helper(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  return learn_and_release(fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: the port learned from this probe socket is released by learn_and_release(); another process may bind it before it is used [port-probe-race]
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: learn_and_release() calls close() here
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: keep the socket open and pass the socket itself on instead of its port
}

// The socket stays open and listens: its port is safe to hand on.
int good_listener_made_of_helpers(unsigned short *port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  bind_any(fd);
  *port = port_of(fd);
  listen(fd, 8);
  return fd;
}

// The port is never learned: nothing is handed on.
void good_bound_and_closed_without_learning(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  bind_any(fd);
  net_close(fd);
}

// A helper that binds a real port.
static int bind_to(int fd, unsigned short port) {
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port)};
  return bind(fd, (struct sockaddr *)&sa, sizeof sa);
}

unsigned short good_fixed_port_checked(unsigned short want) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  bind_to(fd, want);
  unsigned short port = port_of(fd);
  net_close(fd);
  return port;
}
