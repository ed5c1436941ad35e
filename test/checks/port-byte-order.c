// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define SERVER_PORT 8080

struct config {
  uint16_t port;
};

// --- host-order constants ---------------------------------------------------

void bad_constant(struct sockaddr_in *sa) {
  sa->sin_port = 8080;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(8080);
}

void bad_constant_macro(struct sockaddr_in *sa) {
  sa->sin_port = SERVER_PORT;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(SERVER_PORT);
}

int bad_designated_initializer(int fd) {
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = 443};
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: port 443 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(443)};
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

int bad_positional_initializer(int fd) {
  struct sockaddr_in sa = {AF_INET, 443};
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: port 443 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: struct sockaddr_in sa = {AF_INET, htons(443)};
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

void bad_ipv6_constant(struct sockaddr_in6 *sa6) {
  sa6->sin6_port = 8443;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: port 8443 is stored in host byte order; sin6_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa6->sin6_port = htons(8443);
}

void bad_const_variable(struct sockaddr_in *sa) {
  const uint16_t port = 9000;
  sa->sin_port = port;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port 9000 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(port);
}

void good_same_in_both_orders(struct sockaddr_in *sa) {
  sa->sin_port = 0;
  sa->sin_port = 0x0101;
  sa->sin_port = 0xffff;
}

// --- 32-bit conversions -----------------------------------------------------

void bad_htonl(struct sockaddr_in *sa) {
  sa->sin_port = htonl(80);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: htonl() converts a 32-bit value; a port needs htons() [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(80);
}

void bad_ntohl(struct sockaddr_in *sa, uint32_t port) {
  sa->sin_port = ntohl(port);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: ntohl() converts a 32-bit value; a port needs htons() [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(port);
}

// --- double conversion ------------------------------------------------------

void bad_htons_twice(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = htons(htons(port));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(port);
}

void bad_htons_of_ntohs(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = htons(ntohs(port));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: htons() undoes ntohs(); the port is stored unconverted [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(port);
}

void bad_ntohs_of_htons(struct sockaddr_in *sa, const char *text) {
  sa->sin_port = ntohs(htons(atoi(text)));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: ntohs() undoes htons(); the port is stored unconverted [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(atoi(text));
}

void bad_htons_of_converted_local(struct sockaddr_in *sa, uint16_t port) {
  uint16_t net = htons(port);
  sa->sin_port = htons(net);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
  // CHECK-FIXES: sa->sin_port = net;
}

void bad_htons_of_converted_constant(struct sockaddr_in *sa) {
  const uint16_t net = htons(8080);
  sa->sin_port = htons(net);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
  // CHECK-FIXES: sa->sin_port = net;
}

// A round trip of a port read from another address stores it unchanged.
void good_round_trip_of_port_field(struct sockaddr_in *sa,
                                   const struct sockaddr_in *from) {
  sa->sin_port = htons(ntohs(from->sin_port));
}

// --- values certainly in host order -----------------------------------------

void bad_atoi(struct sockaddr_in *sa, const char *text) {
  sa->sin_port = atoi(text);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(atoi(text));
}

void bad_strtoul_through_local(struct sockaddr_in *sa, const char *text) {
  unsigned long port = strtoul(text, NULL, 10);
  sa->sin_port = port;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(port);
}

void bad_arithmetic(struct sockaddr_in *sa, uint16_t base, int i) {
  sa->sin_port = base + i;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(base + i);
}

// Arithmetic on a network-order value is the same mistake whichever way
// the value got its order: converted first, or read from another address.
void bad_arithmetic_after_htons(struct sockaddr_in *sa, uint16_t base, int i) {
  sa->sin_port = htons(base) + i;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port arithmetic is done in network byte order; sin_port gets a different port [port-byte-order]
}

void bad_arithmetic_on_other_port(struct sockaddr_in *sa,
                                  const struct sockaddr_in *from) {
  sa->sin_port = from->sin_port + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port arithmetic is done in network byte order; sin_port gets a different port [port-byte-order]
  sa->sin_port = 2 * (htons(SERVER_PORT) - 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port arithmetic is done in network byte order; sin_port gets a different port [port-byte-order]
}

void bad_post_increment(struct sockaddr_in *sa, uint16_t port) {
  sa->sin_port = port++;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(port++);
}

int bad_loop_counter(int fd) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  for (uint16_t port = 1024; port < 1100; port++) {
    sa.sin_port = port;
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: port is stored in host byte order; sin_port expects network byte order [port-byte-order]
    // CHECK-FIXES: sa.sin_port = htons(port);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) == 0)
      return port;
  }
  return -1;
}

// Every reaching definition of `port` is in host order.
void bad_host_order_on_every_path(struct sockaddr_in *sa, const char *text,
                                  uint16_t fallback) {
  int port = fallback;
  if (text)
    port = atoi(text);
  else
    port += 1;
  sa->sin_port = port;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(port);
}

// --- out-of-range constants -------------------------------------------------

void bad_htons_out_of_range(struct sockaddr_in *sa) {
  sa->sin_port = htons(70000);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port 70000 is out of range; htons() truncates it to 4464 [port-byte-order]
}

uint16_t bad_htons_negative(void) {
  return htons(-1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: port -1 is out of range; htons() truncates it to 65535 [port-byte-order]
}

// --- silent -----------------------------------------------------------------

void good_arithmetic_before_conversion(struct sockaddr_in *sa,
                                      const struct sockaddr_in *from,
                                      uint16_t base, int i) {
  sa->sin_port = htons(base + i);
  sa->sin_port = htons(ntohs(from->sin_port) + 1);
}

void good_htons_anything(struct sockaddr_in *sa, uint16_t port,
                         const char *text, int i) {
  sa->sin_port = htons(port);
  sa->sin_port = htons(8080);
  sa->sin_port = htons(SERVER_PORT);
  sa->sin_port = htons(atoi(text));
  sa->sin_port = htons(port + i);
  sa->sin_port = htons(65535);
}

void good_copy_between_port_fields(struct sockaddr_in *sin,
                                   const struct sockaddr_in6 *sin6) {
  sin->sin_port = sin6->sin6_port;
}

int good_port_read_back(int fd, struct sockaddr_in *out) {
  struct sockaddr_in local;
  socklen_t len = sizeof local;
  if (getsockname(fd, (struct sockaddr *)&local, &len) < 0)
    return -1;
  uint16_t port = local.sin_port;
  out->sin_port = port;
  return ntohs(port);
}

void good_converted_local(struct sockaddr_in *sa, uint16_t port) {
  uint16_t net = htons(port);
  sa->sin_port = net;
  const uint16_t fixed = htons(8080);
  sa->sin_port = fixed;
}

void good_parameter_and_field(struct sockaddr_in *sa, uint16_t port,
                              const struct config *cfg) {
  sa->sin_port = port;
  sa->sin_port = cfg->port;
}

// The field was converted elsewhere; a BPF filter, say, needs host order.
void good_htons_of_field(struct sockaddr_in *sa, struct config *cfg,
                         uint16_t port) {
  cfg->port = htons(port);
  sa->sin_port = htons(cfg->port);
}

int good_read_via_ntohs(const struct sockaddr_in *sa) {
  int port = ntohs(sa->sin_port);
  return port + 1;
}

// Host order on one path, network order on the other: not certain.
void good_mixed_local(struct sockaddr_in *sa, uint16_t port, int raw) {
  uint16_t value = htons(port);
  if (raw)
    value = port + 1;
  sa->sin_port = value;
}
