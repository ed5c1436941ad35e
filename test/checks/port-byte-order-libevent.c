// libevent takes the port beside a host name as a host-order number and
// converts it itself: htons() there converts it twice.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O0
// The unwrapping fix lives on a note; --fix-notes applies it and the result
// must compile.
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX -lang=c++ %s port-byte-order %t -- -- -O0

#include <arpa/inet.h>
#include <event2/bufferevent.h>
#include <event2/dns.h>
#include <event2/http.h>
#include <netinet/in.h>
#include <stdint.h>

int bad_constant(struct bufferevent *bev, struct evdns_base *dns) {
  return bufferevent_socket_connect_hostname(bev, dns, AF_INET, "example.com",
                                             htons(443));
  // CHECK-FIXES-FIX: {{^}}                                             443);
  // CHECK-MESSAGES: :[[@LINE-2]]:46: warning: port is converted to network byte order twice; bufferevent_socket_connect_hostname() converts it again [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-3]]:46: note: pass the port in host byte order
}

struct evhttp_connection *bad_variable(struct event_base *base,
                                       unsigned short port) {
  return evhttp_connection_base_new(base, NULL, "example.com", htons(port));
  // CHECK-FIXES-FIX: return evhttp_connection_base_new(base, NULL, "example.com", port);
  // CHECK-MESSAGES: :[[@LINE-2]]:64: warning: port is converted to network byte order twice; evhttp_connection_base_new() converts it again [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-3]]:64: note: pass the port in host byte order
}

int bad_converted_earlier(struct bufferevent *bev, struct evdns_base *dns,
                          uint16_t port) {
  uint16_t wire = htons(port);
  return bufferevent_socket_connect_hostname(bev, dns, AF_UNSPEC, "example.com",
                                             wire);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: port is converted to network byte order twice; bufferevent_socket_connect_hostname() converts it again [port-byte-order]
}

// Host order is what these calls want.
int good(struct bufferevent *bev, struct evdns_base *dns, uint16_t port,
         struct sockaddr_in *peer) {
  bufferevent_socket_connect_hostname(bev, dns, AF_INET, "example.com", 443);
  bufferevent_socket_connect_hostname(bev, dns, AF_INET, "example.com", port);
  // A port read from an address is turned back to host order first.
  return bufferevent_socket_connect_hostname(bev, dns, AF_INET, "example.com",
                                             ntohs(peer->sin_port));
}
