// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ -check-suffix=CXX %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ -check-suffix=CXX %s port-zero-destination %t -- -- -O2

// Patterns seen while running the check over real networking code (iputils,
// libuv, curl, nginx, inadyn, iperf3, c-ares, asio). Each test is written
// from scratch; the comment above it names the kind of code it mirrors.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

// --- C patterns that must stay silent ---------------------------------------

// Mirrors an ICMP echo sender (ping): a raw ICMP socket, a zeroed destination
// that only gets a family and an address, and sendto() on it. ICMP has no ports.
int good_raw_icmp_echo_to_zeroed_destination(const struct in_addr *target,
                                             const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_addr = *target;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// Mirrors ping's "find the source address" probe: the destination is copied
// out of a long-lived state struct, given a dummy port, and a throw-away UDP
// socket is connected and then only asked for its local address.
struct probe_state {
  struct sockaddr_in target;
  struct sockaddr_in source;
};

int good_source_probe_from_copied_state(struct probe_state *st) {
  int probe = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in dst = st->target;
  socklen_t len = sizeof st->source;
  dst.sin_port = htons(1025);
  if (connect(probe, (struct sockaddr *)&dst, sizeof dst) < 0)
    return -1;
  return getsockname(probe, (struct sockaddr *)&st->source, &len);
}

// Mirrors arping: one zeroed sockaddr_in serves two branches; one binds it
// with port 0, the other gives it a dummy port and connects a UDP probe.
int good_probe_bind_or_connect(int probe, const struct in_addr *src,
                               const struct in_addr *dst) {
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  if (src) {
    sa.sin_addr = *src;
    return bind(probe, (struct sockaddr *)&sa, sizeof sa);
  }
  sa.sin_port = htons(1025);
  sa.sin_addr = *dst;
  if (connect(probe, (struct sockaddr *)&sa, sizeof sa) < 0)
    return -1;
  return getsockname(probe, (struct sockaddr *)&sa, &len);
}

// Mirrors a socketpair() emulation over loopback TCP (curl): a union of
// sockaddr_in and sockaddr, an explicit port 0, bind(), getsockname() to learn
// the kernel-chosen port, then connect() a second socket to that address.
int good_loopback_pair_through_union(int out[2]) {
  union {
    struct sockaddr_in in4;
    struct sockaddr any;
  } addr;
  socklen_t len = sizeof addr.in4;
  int listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  memset(&addr, 0, sizeof addr);
  addr.in4.sin_family = AF_INET;
  addr.in4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.in4.sin_port = 0;
  if (bind(listener, &addr.any, sizeof addr.in4) < 0 ||
      getsockname(listener, &addr.any, &len) < 0 || listen(listener, 1) < 0)
    return -1;
  out[0] = socket(AF_INET, SOCK_STREAM, 0);
  out[1] = listener;
  return connect(out[0], &addr.any, sizeof addr.in4);
}

// Mirrors a TFTP-style server: the peer address comes from recvfrom() into a
// union, only the family is rewritten, and a fresh UDP socket is connected to
// the peer so that the transfer runs on its own socket.
int good_connect_back_to_recvfrom_peer(int server, char *buf, size_t n) {
  union {
    struct sockaddr sa;
    struct sockaddr_in in4;
  } peer;
  socklen_t len = sizeof peer.in4;
  int child;
  if (recvfrom(server, buf, n, 0, &peer.sa, &len) < 0)
    return -1;
  peer.in4.sin_family = AF_INET;
  child = socket(AF_INET, SOCK_DGRAM, 0);
  return connect(child, &peer.sa, sizeof peer.in4);
}

// Mirrors libuv's UDP "disconnect": a plain struct sockaddr zeroed with its
// family set to AF_UNSPEC, passed to connect() in a retry loop.
int good_udp_disconnect_retry_loop(int fd) {
  struct sockaddr any;
  int r;
  memset(&any, 0, sizeof any);
  any.sa_family = AF_UNSPEC;
  do
    r = connect(fd, &any, sizeof any);
  while (r < 0 && r != -2);
  return r;
}

// Mirrors a test helper that connects to a configured port, switching on the
// family: every case zeroes its own view of the address and sets the port.
int good_switch_on_family_each_case_sets_port(int fd, int family,
                                              unsigned short port) {
  union {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
  } me;
  switch (family) {
  case AF_INET:
    memset(&me.in4, 0, sizeof me.in4);
    me.in4.sin_family = AF_INET;
    me.in4.sin_port = htons(port);
    inet_pton(AF_INET, "127.0.0.1", &me.in4.sin_addr);
    return connect(fd, &me.sa, sizeof me.in4);
  case AF_INET6:
    memset(&me.in6, 0, sizeof me.in6);
    me.in6.sin6_family = AF_INET6;
    me.in6.sin6_port = htons(port);
    inet_pton(AF_INET6, "::1", &me.in6.sin6_addr);
    return connect(fd, &me.sa, sizeof me.in6);
  default:
    return -1;
  }
}

#ifdef __cplusplus
// --- asio: endpoints that are not IP endpoints ------------------------------
//
// The asio unit tests (compile-only tests of every socket member) connect and
// send to default-constructed endpoints of the generic and local (AF_UNIX)
// protocols. Those endpoints are also class templates named basic_endpoint in
// namespace asio, but they have no port: a default generic endpoint is an
// all-zero sockaddr_storage (AF_UNSPEC), a local one is an empty AF_UNIX path.
// Nothing here is port 0 on AF_INET/AF_INET6, so nothing may be reported.

#include <asio.hpp>

// Mirrors asio's generic datagram socket compile test: send_to() a default
// generic endpoint (family AF_UNSPEC, no port field at all).
void good_asio_generic_datagram_send_to_default_endpoint(asio::io_context &io) {
  typedef asio::generic::datagram_protocol dp;
  dp::socket sock(io);
  sock.send_to(asio::buffer("x", 1), dp::endpoint());
}

// Mirrors asio's generic stream socket compile test: connect() a default
// generic endpoint, then write on the socket.
void good_asio_generic_stream_connect_default_endpoint(asio::io_context &io) {
  typedef asio::generic::stream_protocol sp;
  sp::socket sock(io);
  sock.connect(sp::endpoint());
  sock.send(asio::buffer("x", 1));
}

// Mirrors asio's generic seq-packet socket compile test: a seq-packet socket
// connected to a default generic endpoint, then sent on with flags.
void good_asio_generic_seq_packet_connect_default_endpoint(asio::io_context &io) {
  typedef asio::generic::seq_packet_protocol spp;
  spp::socket sock(io);
  sock.connect(spp::endpoint());
  sock.send(asio::buffer("x", 1), 0);
}

// Mirrors asio's local stream socket compile test: an AF_UNIX endpoint,
// default-constructed, connected and then sent on.
void good_asio_local_stream_connect_default_endpoint(asio::io_context &io) {
  typedef asio::local::stream_protocol sp;
  sp::socket sock(io);
  sp::endpoint peer;
  sock.connect(peer);
  sock.send(asio::buffer("x", 1), 0);
}

// Mirrors asio's local datagram tests: AF_UNIX datagram send_to() a default
// endpoint.
void good_asio_local_datagram_send_to_default_endpoint(asio::io_context &io) {
  asio::local::datagram_protocol::socket sock(io);
  sock.send_to(asio::buffer("x", 1), asio::local::datagram_protocol::endpoint());
}

// --- asio: the true-positive shape found in the same tests ------------------

// Mirrors asio's ip::udp compile test: a temporary UDP endpoint built from a
// protocol and the literal port 0 handed straight to send_to().
void bad_asio_udp_send_to_protocol_endpoint_port_zero(asio::io_context &io) {
  asio::ip::udp::socket sock(io, asio::ip::udp::v4());
  sock.send_to(asio::buffer("x", 1),
               asio::ip::udp::endpoint(asio::ip::udp::v4(), 0));
  // CHECK-MESSAGES-CXX: :[[@LINE-2]]:8: warning: send_to() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES-CXX: :[[@LINE-2]]:61: note: the port is given as 0 here
}

// Mirrors asio's ip::tcp compile test: connect() a temporary endpoint built
// from a protocol and port 0.
void bad_asio_tcp_connect_protocol_endpoint_port_zero(asio::io_context &io) {
  asio::ip::tcp::socket sock(io);
  sock.connect(asio::ip::tcp::endpoint(asio::ip::tcp::v6(), 0));
  // CHECK-MESSAGES-CXX: :[[@LINE-1]]:8: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES-CXX: :[[@LINE-2]]:61: note: the port is given as 0 here
}
#endif
