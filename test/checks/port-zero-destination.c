// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O2

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 // sendmmsg
#endif
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/un.h>

#define SERVER_PORT 0
enum { NoPort = 0 };
static const unsigned short kZeroPort = 0;

// --- connect() on a stream socket -------------------------------------------

int bad_designated_initializer_leaves_port_out(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: the port is 0 from this initializer
}

int bad_zero_initializer_then_family(void) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-5]]:27: note: the port is 0 from this initializer
}

int bad_htons_zero(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(0);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: the port is set to 0 here
}

int bad_port_macro_enum_and_const(int which) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  if (which == 1)
    sa.sin_port = htons(SERVER_PORT);
  else if (which == 2)
    sa.sin_port = htons(NoPort);
  else
    sa.sin_port = htons((unsigned short)kZeroPort);
  return connect(fd, (struct sockaddr *)&sa, sizeof(sa));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-7]]:17: note: the port is set to 0 here
}

int bad_ipv6(void) {
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 sa6;
  memset(&sa6, 0, sizeof sa6);
  sa6.sin6_family = AF_INET6;
  sa6.sin6_addr = in6addr_loopback;
  return connect(fd, (struct sockaddr *)&sa6, sizeof sa6);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: the port is zeroed here and never set
}

int bad_sockaddr_storage_cast(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_storage ss;
  bzero(&ss, sizeof ss);
  ((struct sockaddr_in *)&ss)->sin_family = AF_INET;
  ((struct sockaddr_in *)&ss)->sin_port = htons(0);
  return connect(fd, (struct sockaddr *)&ss, sizeof ss);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:41: note: the port is set to 0 here
}

int bad_through_pointer_alias(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
  sin->sin_family = AF_INET;
  struct sockaddr *generic = (struct sockaddr *)sin;
  return connect(fd, generic, sizeof ss);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: the port is zeroed here and never set
}

struct connection {
  int fd;
  const char *peer;
};

int bad_descriptor_in_struct_field(struct connection *c) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  c->fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(c->fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: the port is 0 from this initializer
}

// An untraced descriptor is taken for TCP/UDP when nothing says raw/ICMP.
int bad_untraced_descriptor(int fd) {
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_port = 0;
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: the port is set to 0 here
}

// --- sends ------------------------------------------------------------------

int bad_sendto_memset(const char *msg) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_addr.s_addr = inet_addr("10.0.0.1");
  return (int)sendto(fd, msg, strlen(msg), 0, (struct sockaddr *)&to, sizeof to);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: sendto() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: the port is zeroed here and never set
}

int bad_sendmsg(int fd) {
  struct sockaddr_in to = {.sin_family = AF_INET};
  struct iovec iov = {(void *)"x", 1};
  struct msghdr msg;
  memset(&msg, 0, sizeof msg);
  msg.msg_name = &to;
  msg.msg_namelen = sizeof to;
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  return (int)sendmsg(fd, &msg, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: sendmsg() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-10]]:27: note: the port is 0 from this initializer
}

int bad_sendmmsg(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  struct mmsghdr msgs[2];
  memset(msgs, 0, sizeof msgs);
  msgs[0].msg_hdr.msg_name = &to;
  msgs[1].msg_hdr.msg_name = &to;
  return sendmmsg(fd, msgs, 2, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sendmmsg() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: the port is zeroed here and never set
}

// A UDP connect() to port 0 is a route lookup; sending on it is the bug.
int bad_udp_connect_then_send(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  inet_pton(AF_INET, "192.0.2.1", &sa.sin_addr);
  if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
    return -1;
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: connect() to port 0 gives the datagram socket no destination port; datagrams sent on it cannot be delivered [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-6]]:27: note: the port is 0 from this initializer
  // CHECK-MESSAGES: :[[@LINE+1]]:15: note: the socket sends here
  return (int)send(fd, "ping", 4, 0);
}

// --- silent: the port is not certainly 0 ------------------------------------

int good_port_from_argv(char **argv) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_port = htons((unsigned short)atoi(argv[1]));
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

struct config {
  unsigned short port;
};

int good_port_from_config_and_parameter(const struct config *cfg, unsigned short p) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0}, b = {0};
  a.sin_family = b.sin_family = AF_INET;
  a.sin_port = htons(cfg->port);
  b.sin_port = htons(p);
  connect(fd, (struct sockaddr *)&a, sizeof a);
  return connect(fd, (struct sockaddr *)&b, sizeof b);
}

static unsigned short configured_port; // 0 until main() parses options
unsigned short global_port;

int good_port_from_mutable_globals(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0}, b = {0};
  a.sin_family = b.sin_family = AF_INET;
  a.sin_port = htons(configured_port);
  b.sin_port = htons(global_port);
  connect(fd, (struct sockaddr *)&a, sizeof a);
  return connect(fd, (struct sockaddr *)&b, sizeof b);
}

int good_port_set_on_one_path_only(int fd, int use_default) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  if (use_default)
    sa.sin_port = htons(80);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

int good_zero_overwritten_on_all_paths(int fd, int tls) {
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = 0};
  if (tls)
    sa.sin_port = htons(443);
  else
    sa.sin_port = htons(80);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// The UDP "disconnect" idiom: AF_UNSPEC, all zero.
int good_udp_disconnect(int fd) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_UNSPEC;
  struct sockaddr unspec = {0};
  connect(fd, &unspec, sizeof unspec);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

int good_filled_by_recvfrom_and_getpeername(int fd, char *buf) {
  struct sockaddr_in from = {0};
  socklen_t len = sizeof from;
  recvfrom(fd, buf, 512, 0, (struct sockaddr *)&from, &len);
  sendto(fd, buf, 512, 0, (struct sockaddr *)&from, len);
  struct sockaddr_in peer = {0};
  getpeername(fd, (struct sockaddr *)&peer, &len);
  return connect(fd, (struct sockaddr *)&peer, len);
}

int good_filled_by_getsockname(int fd, int other) {
  struct sockaddr_in self = {0};
  socklen_t len = sizeof self;
  getsockname(fd, (struct sockaddr *)&self, &len);
  return connect(other, (struct sockaddr *)&self, len);
}

void fill_address(struct sockaddr_in *out);

int good_filled_by_helper(int fd) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  fill_address(&sa);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

int good_memcpy_from_resolver(int fd, const struct addrinfo *ai) {
  struct sockaddr_storage ss = {0};
  memcpy(&ss, ai->ai_addr, ai->ai_addrlen);
  return connect(fd, (struct sockaddr *)&ss, ai->ai_addrlen);
}

int good_getaddrinfo_loop(const char *host) {
  struct addrinfo hints, *res, *ai;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, "http", &hints, &res) != 0)
    return -1;
  int fd = -1;
  for (ai = res; ai; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
      break;
  }
  freeaddrinfo(res);
  return fd;
}

struct request {
  struct sockaddr_in *target;
};
void prepare_request(struct request *r);

int good_address_escapes_into_struct(int fd) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  struct request r;
  r.target = &sa;
  prepare_request(&r);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

int good_zero_port_never_reaches_connect(char *host, size_t n) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  return getnameinfo((struct sockaddr *)&sa, sizeof sa, host, (socklen_t)n, NULL, 0, 0);
}

int good_unix_socket(void) {
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un sun;
  memset(&sun, 0, sizeof sun);
  sun.sun_family = AF_UNIX;
  strcpy(sun.sun_path, "/run/app.sock");
  return connect(fd, (struct sockaddr *)&sun, sizeof sun);
}

int good_sendto_without_address_on_connected_socket(int fd) {
  return (int)sendto(fd, "x", 1, 0, NULL, 0);
}

int good_bind_to_port_zero(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  return bind(fd, (struct sockaddr *)&sa, sizeof sa);
}

// --- silent: port 0 is right for this socket ---------------------------------

// After a route lookup, sendto() with its own destination does not use the
// connected peer.
int good_udp_route_lookup_then_sendto_elsewhere(const struct sockaddr_in *peer) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  connect(fd, (struct sockaddr *)&sa, sizeof sa);
  return (int)sendto(fd, "x", 1, 0, (const struct sockaddr *)peer, sizeof *peer);
}

// The idiom to learn the source address the kernel would use.
int good_udp_route_lookup(struct sockaddr_in *source) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(0x08080808);
  if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
    return -1;
  socklen_t len = sizeof *source;
  return getsockname(fd, (struct sockaddr *)source, &len);
}

// Unknown socket type, only queried afterwards: the same idiom.
int good_untraced_route_lookup(int fd, struct sockaddr_in *source) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  connect(fd, (struct sockaddr *)&sa, sizeof sa);
  socklen_t len = sizeof *source;
  return getsockname(fd, (struct sockaddr *)source, &len);
}

int good_stream_sendto_ignores_address(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  return (int)sendto(fd, "x", 1, 0, (struct sockaddr *)&sa, sizeof sa);
}

int good_ping_socket(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
  struct sockaddr_in to = {.sin_family = AF_INET};
  connect(fd, (struct sockaddr *)&to, sizeof to);
  return (int)sendto(fd, "echo", 4, 0, (struct sockaddr *)&to, sizeof to);
}

int good_raw_sockets(void) {
  int fd4 = socket(AF_INET, SOCK_RAW, IPPROTO_RAW);
  int fd6 = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  struct sockaddr_in to = {.sin_family = AF_INET};
  struct sockaddr_in6 to6 = {.sin6_family = AF_INET6};
  sendto(fd4, "x", 1, 0, (struct sockaddr *)&to, sizeof to);
  return (int)sendto(fd6, "x", 1, 0, (struct sockaddr *)&to6, sizeof to6);
}

// The descriptor comes from elsewhere, but the function speaks ICMP.
int good_untraced_descriptor_in_icmp_code(int fd, int proto) {
  struct sockaddr_in to = {.sin_family = AF_INET};
  unsigned char packet[64] = {8 /* echo request */};
  (void)proto;
  if (proto != IPPROTO_ICMP)
    return -1;
  return (int)sendto(fd, packet, sizeof packet, 0, (struct sockaddr *)&to, sizeof to);
}
