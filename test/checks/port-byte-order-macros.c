// Fix-its stay out of the project's own macros; other conversion spellings.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0 -isystem %inputs/platform-stand-ins
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2 -isystem %inputs/platform-stand-ins
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O0 -isystem %inputs/platform-stand-ins
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2 -isystem %inputs/platform-stand-ins

#include <arpa/inet.h>
#include <netinet/in.h>
#include <osswap.h>
#include <stdint.h>
#include <uv.h>

#define SET_PORT(sa, p) ((sa)->sin_port = (p))
#define NET32(x) htonl(x)
#define TWICE(x) htons(htons(x))

void bad_write_inside_macro(struct sockaddr_in *sa) {
  SET_PORT(sa, 8080);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
}

void bad_htonl_behind_macro(struct sockaddr_in *sa) {
  sa->sin_port = NET32(80);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: NET32() converts a 32-bit value; a port needs htons() [port-byte-order]
}

void bad_double_inside_macro(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = TWICE(port);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
}

// macOS spells htons through _OSSwapInt16.
void bad_osswap_twice(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = PORTTIDY_HTONS(PORTTIDY_HTONS(port));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
  // CHECK-FIXES: sa->sin_port = PORTTIDY_HTONS(port);
}

uint16_t bad_builtin_out_of_range(void) {
  return __builtin_bswap16(0x12345);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: port 74565 is out of range; __builtin_bswap16() truncates it to 9029 [port-byte-order]
}

void good_osswap(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = PORTTIDY_HTONS(port);
  sa->sin_port = PORTTIDY_HTONS(8080);
}

// libuv takes ports in host order.
int good_libuv_host_order(uv_tcp_t *server) {
  struct sockaddr_in addr;
  uv_ip4_addr("0.0.0.0", 8080, &addr);
  return uv_tcp_bind(server, (const struct sockaddr *)&addr, 0);
}
