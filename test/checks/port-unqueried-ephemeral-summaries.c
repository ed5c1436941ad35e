// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O2

// Servers set up by helpers: the warning goes where the socket is owned,
// with notes into the helpers.

#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void serve(int fd) {
  for (;;)
    close(accept(fd, 0, 0));
}

// --- a helper that binds and listens on its caller's socket -----------------

static void listen_on(int fd, const struct sockaddr_in *sa) {
  bind(fd, (const struct sockaddr *)sa, sizeof *sa);
  listen(fd, 16);
}

int bad_server_set_up_by_helper(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  listen_on(fd, &sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: listen_on() calls bind() here
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: the socket listens here
  serve(fd);
  return 0;
}

int good_helper_given_a_real_port(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  sa.sin_port = htons(port);
  listen_on(fd, &sa);
  return fd;
}

// A second helper learns the port: the caller can tell it to clients.
static unsigned short local_port(int fd) {
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  if (getsockname(fd, (struct sockaddr *)&sa, &len) != 0)
    return 0;
  return ntohs(sa.sin_port);
}

unsigned short good_port_learned_by_helper(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  listen_on(fd, &sa);
  return local_port(fd);
}

// Options set by a helper do not hand the socket on.
static void reuse(int fd) {
  int on = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
}

void bad_options_then_listen(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  reuse(fd);
  listen(fd, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: read the assigned port with getsockname()
  serve(fd);
}

// A helper that hands the socket to code the analysis cannot see.
extern void register_listener(int fd);
static void publish(int fd) { register_listener(fd); }

void good_socket_handed_on_by_helper(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  listen_on(fd, &sa);
  publish(fd);
}

// --- a helper that returns the listening socket ---------------------------------

static int make_listener(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(fd, 8) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

void bad_returned_listener_never_queried(void) {
  int fd = make_listener();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-12]]:3: note: the port is zeroed here and never set
  // CHECK-MESSAGES: :[[@LINE-11]]:7: note: make_listener() calls bind() here
  // CHECK-MESSAGES: :[[@LINE-12]]:59: note: the socket listens here
  serve(fd);
}

unsigned short good_returned_listener_queried(void) {
  int fd = make_listener();
  return local_port(fd);
}

// The port written through a pointer into the field is no ephemeral port.
void good_port_set_through_field_pointer(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  in_port_t *field = &sa.sin_port;
  *field = htons(port);
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 4);
  serve(fd);
}
