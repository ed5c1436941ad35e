// A port converted with htonl() is judged, by every check, as the port
// port-byte-order's htons() fix stores: fixing the conversion neither makes
// nor hides another finding, and one --fix leaves nothing for a second.
// (On a little-endian host `(uint16_t)htonl(7)` is 0: read literally, the
// raw-socket check would see no port, and the fix would then make one.)
// RUN: %check_port_tidy %s port-raw-socket,port-byte-order,port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-raw-socket,port-byte-order,port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket,port-byte-order,port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket,port-byte-order,port-zero-destination %t -- -- -O2

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

// The raw-socket fix removes the whole port, and wins over the rename
// inside it.
int echo_with_long_conversion(const void *packet, size_t len) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htonl(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: htonl() converts a 32-bit value; a port needs htons() [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: {{^}}  to.sin_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// The cast keeps C++ from rejecting the narrowing.
int ping_target_designated(void) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  struct sockaddr_in to = {.sin_family = AF_INET,
                           .sin_port = (in_port_t)htonl(53)};
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-MESSAGES: :[[@LINE-2]]:51: warning: htonl() converts a 32-bit value; a port needs htons() [port-byte-order]
  // CHECK-FIXES: {{^}}                           .sin_port = 0};
  return connect(fd, (struct sockaddr *)&to, sizeof to);
}

// IPv6 raw sockets read the port as a protocol: the one htons() would give.
int raw_udp6_wrong_protocol(void) {
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_UDP);
  struct sockaddr_in6 to;
  memset(&to, 0, sizeof to);
  to.sin6_family = AF_INET6;
  to.sin6_port = htonl(80);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: htonl() converts a 32-bit value; a port needs htons() [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: warning: port set on a raw UDP socket destination is read as protocol 80, not 17; connect() fails with EINVAL [port-raw-socket]
  // CHECK-FIXES: {{^}}  to.sin6_port = 0;
  return connect(fd, (struct sockaddr *)&to, sizeof to);
}

int raw_udp6_own_protocol(void) {
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_UDP);
  struct sockaddr_in6 to;
  memset(&to, 0, sizeof to);
  to.sin6_family = AF_INET6;
  to.sin6_port = htonl(IPPROTO_UDP);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: htonl() converts a 32-bit value; a port needs htons() [port-byte-order]
  // CHECK-FIXES: {{^}}  to.sin6_port = htons(IPPROTO_UDP);
  return connect(fd, (struct sockaddr *)&to, sizeof to);
}

// 65535 << 16 truncates to 0, yet the destination meant is port 65535.
int udp_not_port_zero(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htonl(65535);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: htonl() converts a 32-bit value; a port needs htons() [port-byte-order]
  // CHECK-FIXES: {{^}}  to.sin_port = htons(65535);
  return (int)sendto(fd, "x", 1, 0, (struct sockaddr *)&to, sizeof to);
}

// Port 0 in any byte order is port 0.
int udp_port_zero_either_way(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htonl(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: htonl() converts a 32-bit value; a port needs htons() [port-byte-order]
  // CHECK-FIXES: {{^}}  to.sin_port = htons(0);
  return (int)sendto(fd, "x", 1, 0, (struct sockaddr *)&to, sizeof to);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: sendto() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
}

// The address, not the port, takes htonl(): left alone.
int udp_loopback(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(9);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return (int)sendto(fd, "x", 1, 0, (struct sockaddr *)&to, sizeof to);
}
