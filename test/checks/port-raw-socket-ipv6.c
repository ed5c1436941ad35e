// AF_INET6 raw sockets read the destination's sin6_port as a protocol number.
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O0
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket %t -- -- -O2

#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int bad_protocol_without_htons(const void *packet, size_t len) {
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  struct sockaddr_in6 to;
  memset(&to, 0, sizeof to);
  to.sin6_family = AF_INET6;
  to.sin6_port = IPPROTO_ICMPV6;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port set on a raw ICMPv6 socket destination is read as protocol 14848, not 58; sendto() fails with EINVAL [port-raw-socket]
  // CHECK-FIXES: to.sin6_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the address is given to sendto() here
  // CHECK-MESSAGES: :[[@LINE-9]]:12: note: the raw ICMPv6 socket is created here
}

int bad_other_protocol(const void *packet, size_t len) {
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  struct sockaddr_in6 to = {0};
  to.sin6_family = AF_INET6;
  to.sin6_port = htons(IPPROTO_UDP);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port set on a raw ICMPv6 socket destination is read as protocol 17, not 58; sendto() fails with EINVAL [port-raw-socket]
  // CHECK-FIXES: to.sin6_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

int bad_service_port_on_connect(void) {
  int fd = socket(AF_INET6, SOCK_RAW | SOCK_CLOEXEC, 89);
  struct sockaddr_in6 peer = {.sin6_family = AF_INET6, .sin6_port = htons(53)};
  // CHECK-MESSAGES: :[[@LINE-1]]:69: warning: port set on a raw IP socket destination is read as protocol 53, not 89; connect() fails with EINVAL [port-raw-socket]
  // CHECK-FIXES: struct sockaddr_in6 peer = {.sin6_family = AF_INET6, .sin6_port = 0};
  return connect(fd, (struct sockaddr *)&peer, sizeof peer);
}

// The port names the socket's own protocol: accepted.
int good_protocol_matches(const void *packet, size_t len) {
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  struct sockaddr_in6 to = {0};
  to.sin6_family = AF_INET6;
  to.sin6_port = htons(IPPROTO_ICMPV6);
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// An IPPROTO_RAW socket takes any protocol there.
int good_ipproto_raw_socket(const void *packet, size_t len) {
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_RAW);
  struct sockaddr_in6 to = {0};
  to.sin6_family = AF_INET6;
  to.sin6_port = htons(IPPROTO_UDP);
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// Not a constant: it may name the protocol.
int good_protocol_from_caller(unsigned short protocol, const void *packet,
                              size_t len) {
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  struct sockaddr_in6 to = {0};
  to.sin6_family = AF_INET6;
  to.sin6_port = htons(protocol);
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

int good_zero(const void *packet, size_t len) {
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  struct sockaddr_in6 to = {0};
  to.sin6_family = AF_INET6;
  to.sin6_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// An ICMPv6 ping socket ignores the destination port.
int bad_ping6_destination(const void *packet, size_t len) {
  int fd = socket(AF_INET6, SOCK_DGRAM, IPPROTO_ICMPV6);
  struct sockaddr_in6 to = {0};
  to.sin6_family = AF_INET6;
  to.sin6_port = htons(IPPROTO_ICMPV6);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port set on a ping socket destination is ignored by the kernel; ICMPv6 echo requests have no ports [port-raw-socket]
  // CHECK-FIXES: to.sin6_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

int good_ping6_bind_identifier(unsigned short identifier) {
  int fd = socket(AF_INET6, SOCK_DGRAM, IPPROTO_ICMPV6);
  struct sockaddr_in6 local = {0};
  local.sin6_family = AF_INET6;
  local.sin6_port = htons(identifier);
  return bind(fd, (struct sockaddr *)&local, sizeof local);
}

// A raw IPv6 bind() is left to the kernel's own checks.
int good_raw6_bind(void) {
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  struct sockaddr_in6 local = {0};
  local.sin6_family = AF_INET6;
  local.sin6_port = htons(7);
  return bind(fd, (struct sockaddr *)&local, sizeof local);
}
