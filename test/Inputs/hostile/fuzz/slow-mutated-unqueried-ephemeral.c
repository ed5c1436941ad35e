// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O2

#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define ANY_PORT 0

// --- stream servers: bind() to port 0, listen(), never getsockname() -------

int bad_tcp_memset_then_listen(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
    return -1;
  // CHECK-NOTES: :[[@LINE-2]]:7: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the port is zeroed here and never set
  if (listen(fd, 16) < 0)
    return -1;
  // CHECK-NOTES: :[[@LINE-2]]:7: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:15: note: read the assigned port with getsockname()
  for (;;) {
    int conn = accept(fd, NULL, NULL);
    close(conn);
  }
}

int bad_tcp_zero_initializer(void) {
  int fd = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:27: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}

int bad_tcp_designated_initializer(void) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  listen(fd, SOMAXCONN);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:25: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}

int bad_tcp_htons_zero(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(0);
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: the port is set to 0 here
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}

int bad_tcp_port_macro(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(ANY_PORT);
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: the port is set to 0 here
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}

int bad_tcp_ipv6_any(void) {
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 sa6;
  memset(&sa6, 0, sizeof sa6);
  sa6.sin6_family = AF_INET6;
  sa6.sin6_addr = in6addr_any;
  sa6.sin6_port = 0;
  bind(fd, (struct sockaddr *)&sa6, sizeof sa6);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: the port is set to 0 here
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}

// No fix-it: the descriptor is a struct field, not a variable.
struct server {
  int fd;
  int clients;
};

int bad_descriptor_in_local_struct(void) {
  struct server srv = {0};
  struct sockaddr_in sa = {.sin_family = AF_INET};
  srv.fd = socket(AF_INET, SOCK_STREAM, 0);
  bind(srv.fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:27: note: the port is 0 from this initializer
  listen(srv.fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  return accept(srv.fd, NULL, NULL);
}

// listen() shows a stream socket even when socket()'s type is a variable.
int bad_type_unknown_but_listens(int type) {
  int fd = socket(AF_INET, type, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}

// --- datagram servers: bind() to port 0, only receive ----------------------

int bad_udp_recvfrom_loop(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  char buf[512];
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and only receives, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:27: note: the port is 0 from this initializer
  for (;;) {
    struct sockaddr_in from;
    socklen_t len = sizeof from;
    if (recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &len) < 0)
      return -1;
    // CHECK-NOTES: :[[@LINE-2]]:9: note: the socket receives here
    // CHECK-NOTES: :[[@LINE-9]]:47: note: read the assigned port with getsockname()
  }
}

int bad_udp6_recv(void) {
  int fd = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
  struct sockaddr_in6 sa6 = {0};
  char buf[512];
  sa6.sin6_family = AF_INET6;
  sa6.sin6_addr = in6addr_any;
  bind(fd, (struct sockaddr *)&sa6, sizeof sa6);
  // CHECK-NOTES: [[@:LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and only receives, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-6]]:29: note: the port is 0 from this initializer
  while (recv(fd, buf, sizeof buf, 0) > 0)
    puts(buf);
  // CHECK-NOTES: :[[@LINE-2]]:10: note: the socket receives here
  // CHECK-NOTES: :[[@LINE-6]]:49: note: read the assigned port with getsockname()
  return close(fd);
}

int bad_udp_recvmsg(struct msghdr *msg) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and only receives, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: the port is zeroed here and never set
  return (int)recvmsg(fd, msg, 0);
  // CHECK-NOTES: :[[@LINE-1]]:15: note: the socket receives here
  // CHECK-NOTES: :[[@LINE-5]]:47: note: read the assigned port with getsockname()
}

// --- silent: clients that bind port 0 to choose a source address -----------

int good_source_address_before_connect(const struct sockaddr_in *peer) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in local = {.sin_family = AF_INET};
  inet_pton(AF_INET, "192.0.2.10", &local.sin_addr);
  bind(fd, (struct sockaddr *)&local, sizeof local);
  return connect(fd, (const struct sockaddr *)peer, sizeof *peer);
}

int good_udp_client_sends_and_receives(const struct sockaddr_in *server) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in local = {.sin_family = AF_INET};
  char reply[64];
  bind(fd, (struct sockaddr *)&local, sizeof local);
  sendto(fd, "ping", 4, 0, (const struct sockaddr *)server, sizeof *server);
  return (int)recv(fd, reply, sizeof reply, 0);
}

int good_bound_but_not_serving(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  return close(fd);
}

// --- silent: the port is not certainly 0 -----------------------------------

int good_fixed_port(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(8080)};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  return accept(fd, NULL, NULL);
}

// A configurable port, read back only when it was 0: the port is not
// certainly 0 at the bind(), so nothing is reported.
int good_configurable_port_read_back_when_zero(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port)};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  if (port == 0) {
    socklen_t len = sizeof sa;
    getsockname(fd, (struct sockaddr *)&sa, &len);
    port = ntohs(sa.sin_port);
  }
  printf("listening on port %u\n", port);
  return accept(fd, NULL, NULL);
}

// --- silent: the port is learned --------------------------------------------

int good_getsockname_after_listen(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  socklen_t len = sizeof sa;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  getsockname(fd, (struct sockaddr *)&sa, &len);
  printf("listening on port %u\n", ntohs(sa.sin_port));
  return accept(fd, NULL, NULL);
}

int good_udp_getsockname(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  socklen_t len = sizeof sa;
  char buf[64];
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  getsockname(fd, (struct sockaddr *)&sa, &len);
  printf("port %u\n", ntohs(sa.sin_port));
  return (int)recv(fd, buf, sizeof buf, 0);
}

static unsigned short bound_port(int sock) {
  struct sockaddr_in6 name;
  socklen_t len = sizeof name;
  if (getsockname(sock, (struct sockaddr *)&name, &len) < 0)
    return 0;
  return ntohs(name.sin6_port);
}

static void announce(int sock) { printf("port %u\n", bound_port(sock)); }

int good_getsockname_in_helper(void) {
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 sa6 = {.sin6_family = AF_INET6};
  bind(fd, (struct sockaddr *)&sa6, sizeof sa6);
  listen(fd, 16);
  printf("port %u\n", bound_port(fd));
  return accept(fd, NULL, NULL);
}

int good_getsockname_in_helper_of_helper(void) {
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 sa6 = {.sin6_family = AF_INET6};
  bind(fd, (struct sockaddr *)&sa6, sizeof sa6);
  listen(fd, 16);
  announce(fd);
  return accept(fd, NULL, NULL);
}

// --- silent: the descriptor escapes, someone else may ask -------------------

int good_descriptor_returned(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  return fd;
}

int good_descriptor_stored_in_struct(struct server *srv) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  srv->fd = fd;
  return 0;
}

// Preparing the socket before bind() hands it to nobody.
int bad_options_set_before_bind(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  int on = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}

int good_descriptor_stored_before_bind(struct server *srv) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  srv->fd = fd;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  return 0;
}

int g_listener;

int good_descriptor_stored_in_global(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  g_listener = fd;
  return 0;
}

void register_listener(int fd);

int good_descriptor_passed_to_unknown_function(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  register_listener(fd);
  return 0;
}

// The caller owns the descriptor and may query it after this returns.
int good_descriptor_from_parameter(int fd) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  return listen(fd, 16);
}

int good_descriptor_in_callers_struct(struct server *srv) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  srv->fd = socket(AF_INET, SOCK_STREAM, 0);
  bind(srv->fd, (struct sockaddr *)&sa, sizeof sa);
  return listen(srv->fd, 16);
}

// --- silent: no ports to learn ----------------------------------------------

int good_raw_icmp_receiver(void) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  char buf[1500];
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  return (int)recv(fd, buf, sizeof buf, 0);
}

int good_ping_socket_receiver(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  char buf[1500];
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  return (int)recv(fd, buf, sizeof buf, 0);
}

// AF_PACKET: silent by its domain even with an internet address.
int good_packet_socket_receiver(int ifindex) {
  int fd = socket(AF_PACKET, SOCK_DGRAM, htons(ETH_P_IP));
  struct sockaddr_in sa = {.sin_family = AF_INET};
  struct sockaddr_ll ll = {.sll_family = AF_PACKET, .sll_ifindex = ifindex};
  char buf[1500];
  bind(fd, (struct sockaddr *)&ll, sizeof ll);
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  return (int)recv(fd, buf, sizeof buf, 0);
}
