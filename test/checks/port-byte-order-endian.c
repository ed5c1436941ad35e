// glibc's <endian.h> spellings: htobe16() converts to network order,
// be16toh() to host order, as macros over __bswap_16 at -O0 and -O2.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2

#include <arpa/inet.h>
#include <endian.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>

void bad_htobe32(struct sockaddr_in *sa, uint32_t port) {
  sa->sin_port = htobe32(port);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: htobe32() converts a 32-bit value; a port needs htobe16() [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htobe16(port);
}

void bad_htobe16_twice(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = htobe16(htons(port));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(port);
}

void bad_htobe16_undoes_be16toh(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = htobe16(be16toh(port));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: htobe16() undoes be16toh(); the port is stored unconverted [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htobe16(port);
}

uint16_t bad_htobe16_out_of_range(void) {
  return htobe16(70000);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: port 70000 is out of range; htobe16() truncates it to 4464 [port-byte-order]
}

void good_endian_conversions(struct sockaddr_in *sa, const struct sockaddr_in *from,
                             uint16_t port) {
  sa->sin_port = htobe16(port);
  sa->sin_port = htobe16(8080);
  sa->sin_port = htobe16(be16toh(from->sin_port));
  printf("%u\n", be16toh(from->sin_port));
  uint16_t host = be16toh(from->sin_port);
  printf("%u\n", host + 1);
}
