// CheckReads: the source port recvfrom() reports on raw and ping sockets is
// always 0. Off by default.
// RUN: %check_port_tidy -check-suffix=READS %s port-raw-socket %t -- \
// RUN:   -config='{CheckOptions: {port-raw-socket.CheckReads: true}}' -- -O0
// RUN: %check_port_tidy -check-suffix=READS -lang=c++ %s port-raw-socket %t -- \
// RUN:   -config='{CheckOptions: {port-raw-socket.CheckReads: true}}' -- -O2
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O2
// RUN: %check_port_tidy %s port-raw-socket %t -- \
// RUN:   -config='{CheckOptions: {port-raw-socket.CheckReads: false}}' -- -O0

#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>

int bad_reply_source_port(void) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  char reply[1500];
  struct sockaddr_in from;
  socklen_t len = sizeof from;
  if (recvfrom(fd, reply, sizeof reply, 0, (struct sockaddr *)&from, &len) < 0)
    return -1;
  return ntohs(from.sin_port);
  // CHECK-MESSAGES-READS: :[[@LINE-1]]:16: warning: port read from an address recvfrom() filled on a raw ICMP socket is always 0; the kernel reports no port for it [port-raw-socket]
  // CHECK-MESSAGES-READS: :[[@LINE-4]]:7: note: the address is filled by recvfrom() here
  // CHECK-MESSAGES-READS: :[[@LINE-9]]:12: note: the raw ICMP socket is created here
}

void bad_ping_reply_logged(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
  char reply[1500];
  struct sockaddr_in from;
  socklen_t len = sizeof from;
  recvfrom(fd, reply, sizeof reply, 0, (struct sockaddr *)&from, &len);
  printf("reply from port %u\n", (unsigned)ntohs(from.sin_port));
  // CHECK-MESSAGES-READS: :[[@LINE-1]]:50: warning: port read from an address recvfrom() filled on a ping socket is always 0; the kernel reports no port for it [port-raw-socket]
}

// The whole address handed on (its address part is what matters).
void print_peer(const struct sockaddr_in *peer);

void good_address_handed_on(void) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  char reply[1500];
  struct sockaddr_in from;
  socklen_t len = sizeof from;
  recvfrom(fd, reply, sizeof reply, 0, (struct sockaddr *)&from, &len);
  print_peer(&from);
}

int good_udp_reply_source_port(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
  char reply[1500];
  struct sockaddr_in from;
  socklen_t len = sizeof from;
  recvfrom(fd, reply, sizeof reply, 0, (struct sockaddr *)&from, &len);
  return ntohs(from.sin_port);
}

int good_read_before_receive(void) {
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  char reply[1500];
  struct sockaddr_in from = {0};
  int before = from.sin_port;
  socklen_t len = sizeof from;
  recvfrom(fd, reply, sizeof reply, 0, (struct sockaddr *)&from, &len);
  return before;
}
