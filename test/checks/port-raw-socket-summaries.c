// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O0
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket %t -- -- -O2

// Raw sockets made in one function and given a port in another.

#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

// --- a helper that creates the socket ----------------------------------------

static int open_icmp(void) { return socket(AF_INET, SOCK_RAW, IPPROTO_ICMP); }

int bad_port_on_socket_from_helper(const void *packet, size_t size) {
  int fd = open_icmp();
  struct sockaddr_in to = {.sin_family = AF_INET};
  to.sin_port = htons(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: the address is given to sendto() here
  // CHECK-MESSAGES: :[[@LINE-8]]:37: note: the raw ICMP socket is created here
  return sendto(fd, packet, size, 0, (struct sockaddr *)&to, sizeof to);
}
// CHECK-FIXES: to.sin_port = 0;

static int open_udp(void) { return socket(AF_INET, SOCK_DGRAM, 0); }

int good_port_on_udp_socket_from_helper(void) {
  int fd = open_udp();
  struct sockaddr_in to = {.sin_family = AF_INET};
  to.sin_port = htons(7);
  return sendto(fd, "x", 1, 0, (struct sockaddr *)&to, sizeof to);
}

// --- a helper that sends on the caller's socket: its callers decide -----------

static int send_echo(int fd, const void *packet, size_t size) {
  struct sockaddr_in to = {.sin_family = AF_INET};
  to.sin_port = htons(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: the address is given to sendto() here
  // CHECK-MESSAGES: :[[@LINE+6]]:12: note: the raw ICMP socket is created here
  return sendto(fd, packet, size, 0, (struct sockaddr *)&to, sizeof to);
}
// CHECK-FIXES: to.sin_port = 0;

int ping_once(const void *packet, size_t size) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  return send_echo(fd, packet, size);
}

int ping_again(const void *packet, size_t size) {
  return send_echo(open_icmp(), packet, size);
}

// Called with a raw socket and with a UDP one: the port is right for one.
static int send_probe(int fd) {
  struct sockaddr_in to = {.sin_family = AF_INET};
  to.sin_port = htons(33434);
  return sendto(fd, "x", 1, 0, (struct sockaddr *)&to, sizeof to);
}

int probe_raw(void) { return send_probe(open_icmp()); }
int probe_udp(void) { return send_probe(open_udp()); }

// Other files may call a function with external linkage.
int send_on(int fd) {
  struct sockaddr_in to = {.sin_family = AF_INET};
  to.sin_port = htons(11);
  return sendto(fd, "x", 1, 0, (struct sockaddr *)&to, sizeof to);
}

int send_on_raw(void) { return send_on(open_icmp()); }

// --- a helper that sets the port of the caller's address ----------------------

static void aim(struct sockaddr_in *to, unsigned short port) {
  to->sin_family = AF_INET;
  to->sin_port = htons(port);
}

int bad_helper_sets_port_of_raw_destination(void) {
  int fd = open_icmp();
  struct sockaddr_in to;
  aim(&to, 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-MESSAGES: :[[@LINE-8]]:18: note: the port is stored here
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: the address is given to sendto() here
  // CHECK-MESSAGES: :[[@LINE-76]]:37: note: the raw ICMP socket is created here
  return sendto(fd, "x", 1, 0, (struct sockaddr *)&to, sizeof to);
}

int good_helper_sets_port_of_udp_destination(void) {
  int fd = open_udp();
  struct sockaddr_in to;
  aim(&to, 7);
  return sendto(fd, "x", 1, 0, (struct sockaddr *)&to, sizeof to);
}

// --- a creator that falls back from a ping socket to a raw one ----------------

struct endpoint {
  int fd;
  int type;
};

static void make_icmp(struct endpoint *e, int family, int type, int protocol) {
  if (type == SOCK_DGRAM)
    e->fd = socket(family, type, protocol);
  if (e->fd == -1 && errno == EACCES) {
    type = SOCK_RAW;
    e->fd = socket(family, SOCK_RAW, protocol);
  }
  e->type = type;
}

int setup(int want_raw) {
  struct endpoint v4 = {.fd = -1}, v6 = {.fd = -1};
  int type = want_raw ? SOCK_RAW : SOCK_DGRAM;
  make_icmp(&v4, AF_INET, type, IPPROTO_ICMP);
  make_icmp(&v6, AF_INET6, type, IPPROTO_ICMPV6);
  return v4.fd >= 0 && v6.fd >= 0;
}

// The route is looked up with a UDP socket; the same address, port and
// all, is then connected on the ICMP socket kept in the structure.
int bad_probe_port_reaches_icmp_socket(struct endpoint *e,
                                       const struct sockaddr_in *target) {
  struct sockaddr_in dst = *target;
  int probe = socket(AF_INET, SOCK_DGRAM, 0);
  dst.sin_port = htons(1025);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port set on a raw or ping ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-MESSAGES: :[[@LINE+5]]:10: note: the address is given to connect() here
  // CHECK-MESSAGES: :[[@LINE-25]]:13: note: the raw or ping ICMP socket is created here
  if (connect(probe, (struct sockaddr *)&dst, sizeof dst) != 0)
    return -1;
  close(probe);
  return connect(e->fd, (struct sockaddr *)&dst, sizeof dst);
}
// CHECK-FIXES: dst.sin_port = htons(1025);

// An IPv6 address on such a socket: a raw one would read the port as a
// protocol, a ping one ignores it; nothing certain to say.
int good_ipv6_destination_on_raw_or_ping(struct endpoint *e,
                                         const struct sockaddr_in6 *target) {
  struct sockaddr_in6 dst = *target;
  dst.sin6_port = htons(1025);
  return connect(e->fd, (struct sockaddr *)&dst, sizeof dst);
}
