// Ports written into addresses that go to raw and ping sockets.
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O0
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket %t -- -- -O2

#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

// IPv4 raw sockets: the kernel ignores sin_port, whatever the protocol.

int bad_icmp_sendto_constant_port(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: to.sin_port = 0;
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the address is given to sendto() here
  // CHECK-MESSAGES: :[[@LINE-10]]:12: note: the raw ICMP socket is created here
}

int bad_icmp_port_from_parameter(unsigned short sequence, const void *packet,
                                 size_t len) {
  int fd = socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMP);
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(sequence);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: to.sin_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

int bad_raw_ip_connect_designated(void) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_RAW);
  struct sockaddr_in peer = {.sin_family = AF_INET, .sin_port = htons(80)};
  // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: port set on a raw IP socket address is ignored by the kernel; a raw socket takes ports only from the headers it sends [port-raw-socket]
  // CHECK-FIXES: struct sockaddr_in peer = {.sin_family = AF_INET, .sin_port = 0};
  return connect(fd, (struct sockaddr *)&peer, sizeof peer);
}

int bad_raw_udp_bind(void) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_UDP);
  struct sockaddr_in local = {0};
  local.sin_family = AF_INET;
  local.sin_port = htons(5353);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: port set on a raw UDP socket address is ignored by the kernel; a raw socket takes ports only from the headers it sends [port-raw-socket]
  // CHECK-FIXES: local.sin_port = 0;
  return bind(fd, (struct sockaddr *)&local, sizeof local);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the address is given to bind() here
}

// One store reaching bind() and sendto() is one finding.
int bad_igmp_bind_then_send(const void *report, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_IGMP);
  struct sockaddr_in group = {0};
  group.sin_family = AF_INET;
  group.sin_port = 1234;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: port set on a raw IGMP socket address is ignored by the kernel; IGMP has no ports [port-raw-socket]
  // CHECK-FIXES: group.sin_port = 0;
  if (bind(fd, (struct sockaddr *)&group, sizeof group) < 0)
    return -1;
  return (int)sendto(fd, report, len, 0, (struct sockaddr *)&group, sizeof group);
}

// The address through a sockaddr_storage, a pointer, and a union.
int bad_storage_through_pointer(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_storage storage;
  memset(&storage, 0, sizeof storage);
  struct sockaddr_in *sin = (struct sockaddr_in *)&storage;
  sin->sin_family = AF_INET;
  sin->sin_port = htons(33434);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: sin->sin_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&storage,
                     sizeof storage);
}

union any_address {
  struct sockaddr generic;
  struct sockaddr_in v4;
};

int bad_union_member(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  union any_address to;
  memset(&to, 0, sizeof to);
  to.v4.sin_family = AF_INET;
  to.v4.sin_port = htons(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: to.v4.sin_port = 0;
  return (int)sendto(fd, packet, len, 0, &to.generic, sizeof to.v4);
}

int bad_sendmsg_name(struct iovec *iov) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: to.sin_port = 0;
  struct msghdr msg;
  memset(&msg, 0, sizeof msg);
  msg.msg_name = &to;
  msg.msg_namelen = sizeof to;
  msg.msg_iov = iov;
  msg.msg_iovlen = 1;
  return (int)sendmsg(fd, &msg, 0);
}

// Only on some paths: still a store that reaches the raw socket.
int bad_port_on_one_path(int verbose, const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  if (verbose)
    to.sin_port = htons(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: to.sin_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// Ping sockets: the destination port is ignored, the bound one is the id.

int bad_ping_socket_destination(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(1025);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port set on a ping socket destination is ignored by the kernel; ICMP echo requests have no ports [port-raw-socket]
  // CHECK-FIXES: to.sin_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

int good_ping_socket_bind_identifier(unsigned short identifier) {
  int fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
  struct sockaddr_in local = {0};
  local.sin_family = AF_INET;
  local.sin_port = htons(identifier);
  return bind(fd, (struct sockaddr *)&local, sizeof local);
}

// Nothing to blame.

int good_explicit_zero(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(0);
  to.sin_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

int good_port_never_set(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to = {.sin_family = AF_INET};
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

int good_copied_from_caller(const struct sockaddr_in *target,
                            const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to;
  to.sin_port = htons(7);
  memcpy(&to, target, sizeof to);
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

void fill_destination(struct sockaddr_in *to);

int good_filled_by_helper(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to;
  fill_destination(&to);
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

int good_socket_from_caller(int fd, const void *packet, size_t len) {
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(7);
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// SOCK_RAW named, but the type is a variable: only possibly raw.
int good_socket_type_from_variable(int type, const void *packet, size_t len) {
  int fd = socket(AF_INET, type, IPPROTO_ICMP);
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(7);
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// A traceroute: UDP probes carry real ports; ICMP comes back on a raw socket.
int good_udp_probe_next_to_raw_receiver(unsigned short ttl_port) {
  int probe = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
  int icmp = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(ttl_port);
  if (sendto(probe, "", 0, 0, (struct sockaddr *)&to, sizeof to) < 0)
    return -1;
  char reply[512];
  return (int)recv(icmp, reply, sizeof reply, 0);
}

// Written inside a macro: flagged, but the macro is not edited.
#define AIM_AT_ECHO(address) ((address).sin_port = htons(7))

int bad_port_in_macro(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  AIM_AT_ECHO(to);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// A port constant behind a macro of the user's: the use site is edited.
#define ECHO_PORT htons(7)

int bad_port_macro_constant(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = ECHO_PORT;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: to.sin_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}
