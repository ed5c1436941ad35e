// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -fix-notes -check-suffixes=,NOTES %s port-byte-order %t -- -- -O2

// Ports handed to helpers that store them, and ports helpers return.

#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>

// A helper that stores its argument as it is: callers pass network order.
static void set_port_raw(struct sockaddr_in *sa, in_port_t port) {
  sa->sin_port = port;
}

// A helper that converts: callers pass host order.
static void set_port(struct sockaddr_in *sa, unsigned short port) {
  sa->sin_port = htons(port);
}

void bad_host_constant_to_raw_helper(struct sockaddr_in *sa) {
  set_port_raw(sa, 8080);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: port 8080 is passed in host byte order; set_port_raw() stores it into sin_port unconverted [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-11]]:18: note: set_port_raw() stores the port as given here
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: convert the port with htons()
}
// CHECK-FIXES-NOTES: set_port_raw(sa, htons(8080));

void bad_parsed_port_to_raw_helper(struct sockaddr_in *sa, const char *text) {
  set_port_raw(sa, atoi(text));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: port is passed in host byte order; set_port_raw() stores it into sin_port unconverted [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-19]]:18: note: set_port_raw() stores the port as given here
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: convert the port with htons()
}

void good_network_order_to_raw_helper(struct sockaddr_in *sa,
                                      const struct sockaddr_in *peer) {
  set_port_raw(sa, htons(8080));
  set_port_raw(sa, peer->sin_port);
  set_port_raw(sa, 0);
}

void bad_converted_twice(struct sockaddr_in *sa) {
  set_port(sa, htons(8080));
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: port is converted to network byte order twice; set_port() converts it again [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-28]]:18: note: set_port() converts the port here
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: pass the port in host byte order
}
// CHECK-FIXES-NOTES: set_port(sa, 8080);

void good_host_order_to_converting_helper(struct sockaddr_in *sa,
                                          const char *text) {
  set_port(sa, 8080);
  set_port(sa, atoi(text));
  set_port(sa, ntohs(sa->sin_port));
}

// A helper that returns a port in host order, and one in network order.
static unsigned short host_port(const struct sockaddr_in *sa) {
  return ntohs(sa->sin_port);
}
static in_port_t network_port(const struct sockaddr_in *sa) {
  return sa->sin_port;
}

void bad_host_port_stored(struct sockaddr_in *to, const struct sockaddr_in *from) {
  to->sin_port = host_port(from);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is stored in host byte order; sin_port expects network byte order [port-byte-order]
}
// CHECK-FIXES: to->sin_port = htons(host_port(from));

void bad_network_port_converted(struct sockaddr_in *to,
                                const struct sockaddr_in *from) {
  to->sin_port = htons(network_port(from));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
}
// CHECK-FIXES: to->sin_port = network_port(from);

void good_ports_from_helpers(struct sockaddr_in *to,
                             const struct sockaddr_in *from) {
  to->sin_port = network_port(from);
  to->sin_port = htons(host_port(from));
}

// A helper that returns a pointer to the port field: a store through it is
// a port store.
static in_port_t *port_field(struct sockaddr_in *sa) { return &sa->sin_port; }

void bad_store_through_returned_field(struct sockaddr_in *sa) {
  *port_field(sa) = 8080;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
}
// CHECK-FIXES: *port_field(sa) = htons(8080);

void good_store_through_returned_field(struct sockaddr_in *sa) {
  *port_field(sa) = htons(8080);
}
