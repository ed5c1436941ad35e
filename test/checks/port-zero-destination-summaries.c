// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O2

// Helpers in the same file: what they do to the caller's addresses and
// sockets is their summary, applied at each call.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

// --- an address filled by a helper --------------------------------------------

static void clear_address(struct sockaddr_in *sa) {
  memset(sa, 0, sizeof *sa);
  sa->sin_family = AF_INET;
}

int bad_connect_after_clearing_helper(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  clear_address(&sa);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: the port is zeroed here and never set
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: clear_address() fills the address here
}

int good_port_set_after_the_helper(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  clear_address(&sa);
  sa.sin_port = htons(port);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// A helper that sets a real port, and one that takes the port to set.
static void to_http(struct sockaddr_in *sa) {
  clear_address(sa);
  sa->sin_port = htons(80);
}

static void set_port(struct sockaddr_in *sa, unsigned short port) {
  sa->sin_port = htons(port);
}

int good_helper_sets_a_real_port(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  to_http(&sa);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

int bad_port_helper_given_zero(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  set_port(&sa, 0);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: the port is given as 0 here
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: set_port() fills the address here
}

int good_port_helper_given_a_port(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  set_port(&sa, port);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// A helper that only reads the address leaves it as it was; so does one
// that takes something else.
static void log_address(const struct sockaddr_in *sa) { (void)sa->sin_addr; }
static int count_calls(int *counter) { return ++*counter; }

int bad_port_still_zero_after_reading_helpers(int *counter) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  log_address(&sa);
  count_calls(counter);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-6]]:27: note: the port is 0 from this initializer
}

// A helper that writes the address in a way the analysis cannot see.
extern void fill_from_config(void *where, size_t size);
static void load_address(struct sockaddr_in *sa) {
  fill_from_config(sa, sizeof *sa);
}
static void poke_port(struct sockaddr_in *sa, unsigned short port) {
  *(unsigned short *)((char *)sa + 2) = htons(port);
}
static void copy_address(struct sockaddr_in *sa, const struct sockaddr_in *from) {
  memcpy(sa, from, sizeof *sa);
}

int good_unseen_writes_in_helpers(const struct sockaddr_in *from) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {.sin_family = AF_INET};
  struct sockaddr_in b = {.sin_family = AF_INET};
  struct sockaddr_in c = {.sin_family = AF_INET};
  load_address(&a);
  poke_port(&b, 8080);
  copy_address(&c, from);
  return connect(fd, (struct sockaddr *)&a, sizeof a) +
         connect(fd, (struct sockaddr *)&b, sizeof b) +
         connect(fd, (struct sockaddr *)&c, sizeof c);
}

// --- an address returned by a helper ------------------------------------------

static struct sockaddr_in loopback(void) {
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return sa;
}

static struct sockaddr_in loopback_port(unsigned short port) {
  struct sockaddr_in sa = loopback();
  sa.sin_port = htons(port);
  return sa;
}

int bad_connect_to_returned_address(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = loopback();
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-17]]:27: note: the port is 0 from this initializer
  // CHECK-MESSAGES: :[[@LINE-15]]:3: note: loopback() returns the address here
}

int good_connect_to_returned_address_with_port(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = loopback_port(port);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// --- a helper that connects or sends for its caller ---------------------------

static int connect_to(int fd, const struct sockaddr_in *sa) {
  return connect(fd, (const struct sockaddr *)sa, sizeof *sa);
}

static int open_connection(const struct sockaddr_in *sa) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0)
    return -1;
  if (connect_to(fd, sa) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

int bad_connect_through_helper(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  return connect_to(fd, &sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect_to() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  // CHECK-MESSAGES: :[[@LINE-20]]:10: note: connect_to() calls connect() here
}

int bad_connect_two_helpers_deep(void) {
  struct sockaddr_in sa;
  clear_address(&sa);
  return open_connection(&sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: open_connection() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-158]]:3: note: the port is zeroed here and never set
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: clear_address() fills the address here
  // CHECK-MESSAGES: :[[@LINE-23]]:7: note: open_connection() calls connect_to() here
  // CHECK-MESSAGES: :[[@LINE-31]]:10: note: connect_to() calls connect() here
}

int good_connect_through_helper_with_port(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  sa.sin_port = htons(port);
  return connect_to(fd, &sa) + open_connection(&sa);
}

// A UDP socket connected to port 0 through a helper only picks a route.
static int route_to(int fd, struct sockaddr_in *sa) {
  return connect(fd, (struct sockaddr *)sa, sizeof *sa);
}

int good_udp_route_lookup_through_helper(struct sockaddr_in *local) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  socklen_t len = sizeof *local;
  route_to(fd, &sa);
  return getsockname(fd, (struct sockaddr *)local, &len);
}

// --- what stays unknown --------------------------------------------------------

// Another definition may replace a weak one at link time.
__attribute__((weak)) void weak_clear(struct sockaddr_in *sa) {
  memset(sa, 0, sizeof *sa);
  sa->sin_family = AF_INET;
}

int good_weak_helper_may_be_replaced(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  weak_clear(&sa);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// Recursion is not followed.
static void fill_recursively(struct sockaddr_in *sa, int depth) {
  if (depth > 0) {
    fill_recursively(sa, depth - 1);
    return;
  }
  memset(sa, 0, sizeof *sa);
  sa->sin_family = AF_INET;
}

int good_recursive_helper(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  fill_recursively(&sa, 2);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// A helper defined before its caller, connecting the caller's socket to an
// address of its own: the finding is the helper's, reported there once and
// not again at the call (nor at a call two helpers up).
static int dial_zero(int fd) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
}

static int dial_zero_twice_removed(int fd) { return dial_zero(fd); }

int caller_of_own_finding(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  dial_zero(fd);
  return dial_zero_twice_removed(fd);
}
