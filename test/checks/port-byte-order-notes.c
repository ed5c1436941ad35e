// ntohs() stored into a port: the note offers htons(), applied only with
// --fix-notes since the value may have been meant for something else.
// Arithmetic after htons(): the note moves the conversion after it.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX -lang=c++ %s port-byte-order %t -- -- -O0

#include <arpa/inet.h>
#include <endian.h>
#include <netinet/in.h>
#include <stdint.h>

void bad_ntohs_stored(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = ntohs(port);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: ntohs() yields host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-NOTES: :[[@LINE-2]]:18: note: use htons() to convert to network byte order
  // CHECK-FIXES-FIX: sa->sin_port = htons(port);
}

void bad_ntohs_of_other_port(struct sockaddr_in6 *to,
                             const struct sockaddr_in6 *from) {
  to->sin6_port = ntohs(from->sin6_port);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: ntohs() yields host byte order; sin6_port expects network byte order [port-byte-order]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: use htons() to convert to network byte order
  // CHECK-FIXES-FIX: to->sin6_port = htons(from->sin6_port);
}

int good_ntohs_read(const struct sockaddr_in *sa) {
  uint16_t port = ntohs(sa->sin_port);
  return port == 53;
}

// glibc's <endian.h> names are macros over __bswap_16 at every -O level.
void bad_be16toh_stored(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = be16toh(port);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: be16toh() yields host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-NOTES: :[[@LINE-2]]:18: note: use htobe16() to convert to network byte order
  // CHECK-FIXES-FIX: sa->sin_port = htobe16(port);
}

void bad_offset_after_htons(struct sockaddr_in *sa, uint16_t base, int i) {
  sa->sin_port = htons(base) + i;
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: port arithmetic is done in network byte order; sin_port gets a different port [port-byte-order]
  // CHECK-NOTES: :[[@LINE-2]]:18: note: do the arithmetic before htons()
  // CHECK-FIXES-FIX: sa->sin_port = htons(base + i);
}

// The conversion on the right, or a port read from elsewhere: no edit is
// obvious enough to offer.
void bad_offset_without_note(struct sockaddr_in *sa,
                             const struct sockaddr_in *from, int i) {
  sa->sin_port = i + htons(8000);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: port arithmetic is done in network byte order; sin_port gets a different port [port-byte-order]
  sa->sin_port = from->sin_port - 1;
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: port arithmetic is done in network byte order; sin_port gets a different port [port-byte-order]
}
