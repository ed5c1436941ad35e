// macOS and FreeBSD spellings: htons() is a macro over
// __DARWIN_OSSwapInt16() (a choice between a constant swap and
// _OSSwapInt16()), OSSwapHostToBigInt16() and <sys/endian.h>'s
// htobe16()/be16toh()/bswap16(); addresses start with sin_len. No BSD
// headers needed: stand-ins in Inputs/bsd.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0 -isystem %inputs/bsd
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2 -isystem %inputs/bsd
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O0 -isystem %inputs/bsd
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2 -isystem %inputs/bsd

#include <arpa/inet.h>
#include <libkern/OSByteOrder.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/endian.h>
#include <sys/socket.h>

// --- stores -----------------------------------------------------------------

void bad_host_order_after_sin_len(struct sockaddr_in *sa) {
  sa->sin_len = sizeof *sa;
  sa->sin_port = 8080;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(8080);
}

int bad_positional_initializer(int fd) {
  struct sockaddr_in sa = {sizeof sa, AF_INET, 8080};
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: struct sockaddr_in sa = {sizeof sa, AF_INET, htons(8080)};
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// The conversion is the macro's inner call: reported, but not edited.
void bad_darwin_htons_twice(struct sockaddr_in *sa, __uint16_t port) {
  sa->sin_port = htons(htons(port));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(htons(port));
}

void bad_darwin_ntohs_stored(struct sockaddr_in6 *sa6, __uint16_t port) {
  sa6->sin6_port = ntohs(port);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: ntohs() yields host byte order; sin6_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa6->sin6_port = ntohs(port);
  sa6->sin6_port = OSSwapBigToHostInt16(port);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: OSSwapBigToHostInt16() yields host byte order; sin6_port expects network byte order [port-byte-order]
}

void bad_freebsd_be16toh_stored(struct sockaddr_in *sa, __uint16_t port) {
  sa->sin_port = be16toh(port);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: be16toh() yields host byte order; sin_port expects network byte order [port-byte-order]
  sa->sin_port = htobe16(htons(port));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
}

void bad_darwin_out_of_range(struct sockaddr_in *sa) {
  sa->sin_port = htons(70000);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port 70000 is out of range; htons() truncates it to 4464 [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(70000);
}

void bad_darwin_arithmetic_after_htons(struct sockaddr_in *sa,
                                       __uint16_t base, int i) {
  sa->sin_port = OSSwapHostToBigInt16(base) + i;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port arithmetic is done in network byte order; sin_port gets a different port [port-byte-order]
}

// --- reads ------------------------------------------------------------------

void bad_read_printed(const struct sockaddr_in *sa) {
  printf("%u %u\n", sa->sin_len, sa->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: printf("%u %u\n", sa->sin_len, ntohs(sa->sin_port));
}

// macOS's ntohs() expands its argument three times: one warning, and the
// arithmetic inside the conversion is what is wrong.
int bad_arithmetic_inside_ntohs(const struct sockaddr_in *sa) {
  return ntohs(sa->sin_port + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: return ntohs(sa->sin_port + 1);
}

// --- silent -----------------------------------------------------------------

void good_conversions(struct sockaddr_in *sa, const struct sockaddr_in *from,
                      __uint16_t port) {
  sa->sin_port = htons(port);
  sa->sin_port = htons(8080);
  sa->sin_port = OSSwapHostToBigInt16(port);
  sa->sin_port = htobe16(port);
  sa->sin_port = bswap16(port);
  sa->sin_port = htons(ntohs(from->sin_port) + 1);
}

int good_reads(const struct sockaddr_in *sa, const struct sockaddr_in6 *sa6) {
  printf("%u %u %u\n", ntohs(sa->sin_port), OSSwapBigToHostInt16(sa6->sin6_port),
         be16toh(sa->sin_port));
  printf("%u %u\n", sa->sin_len, sa6->sin6_len);
  return ntohs(sa->sin_port) == 53 || sa->sin_len == 16 || sa6->sin6_len > 1;
}
