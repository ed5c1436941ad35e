// libevent (<event2/*.h> from libevent-dev): a bufferevent connects its own
// TCP socket, to a sockaddr (often one evutil_parse_sockaddr_port() filled
// from text) or to a host name and a host-order port; port 0 never reaches a
// listener.
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O0

#include <arpa/inet.h>
#include <event2/bufferevent.h>
#include <event2/dns.h>
#include <event2/http.h>
#include <event2/util.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define UPSTREAM_PORT 0

int bad_port_never_set(struct event_base *base) {
  struct bufferevent *bev = bufferevent_socket_new(base, -1, BEV_OPT_CLOSE_ON_FREE);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return bufferevent_socket_connect(bev, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: bufferevent_socket_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: the port is zeroed here and never set
}

// evutil_parse_sockaddr_port() gives port 0 to an address written without one.
int bad_text_without_port(struct bufferevent *bev) {
  struct sockaddr_storage ss;
  int len = sizeof ss;
  if (evutil_parse_sockaddr_port("192.0.2.1", (struct sockaddr *)&ss, &len) < 0)
    return -1;
  return bufferevent_socket_connect(bev, (struct sockaddr *)&ss, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: bufferevent_socket_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-4]]:34: note: this address string has no port, so the address gets port 0
}

int bad_text_port_zero(struct bufferevent *bev) {
  struct sockaddr_in6 sa;
  int len = sizeof sa;
  evutil_parse_sockaddr_port("[2001:db8::1]:0", (struct sockaddr *)&sa, &len);
  return bufferevent_socket_connect(bev, (struct sockaddr *)&sa, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: bufferevent_socket_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:30: note: the endpoint's port is 0
}

int bad_bare_ipv6_text(struct bufferevent *bev) {
  struct sockaddr_storage ss;
  int len = sizeof ss;
  evutil_parse_sockaddr_port("2001:db8::1", (struct sockaddr *)&ss, &len);
  return bufferevent_socket_connect(bev, (struct sockaddr *)&ss, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: bufferevent_socket_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:30: note: this address string has no port, so the address gets port 0
}

int bad_hostname(struct bufferevent *bev, struct evdns_base *dns) {
  return bufferevent_socket_connect_hostname(bev, dns, AF_UNSPEC, "example.com",
                                             UPSTREAM_PORT);
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: bufferevent_socket_connect_hostname() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:46: note: the port is given as 0 here
  // CHECK-MESSAGES: :20:23: note: expanded from macro 'UPSTREAM_PORT'
}

struct evhttp_connection *bad_http(struct event_base *base, struct evdns_base *dns) {
  return evhttp_connection_base_new(base, dns, "example.com", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: evhttp_connection_base_new() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:63: note: the port is given as 0 here
}

// Look-alikes that are right.

int good_port_set(struct bufferevent *bev) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(80);
  return bufferevent_socket_connect(bev, (struct sockaddr *)&sa, sizeof sa);
}

int good_text_with_port(struct bufferevent *bev) {
  struct sockaddr_storage ss;
  int len = sizeof ss;
  evutil_parse_sockaddr_port("192.0.2.1:8080", (struct sockaddr *)&ss, &len);
  bufferevent_socket_connect(bev, (struct sockaddr *)&ss, len);
  evutil_parse_sockaddr_port("[::1]:443", (struct sockaddr *)&ss, &len);
  return bufferevent_socket_connect(bev, (struct sockaddr *)&ss, len);
}

// Text the program reads at run time may carry any port.
int good_text_unknown(struct bufferevent *bev, const char *text) {
  struct sockaddr_storage ss;
  int len = sizeof ss;
  evutil_parse_sockaddr_port(text, (struct sockaddr *)&ss, &len);
  return bufferevent_socket_connect(bev, (struct sockaddr *)&ss, len);
}

// A text port that is not a number makes the call fail, not port 0.
int good_text_not_a_number(struct bufferevent *bev) {
  struct sockaddr_storage ss;
  int len = sizeof ss;
  if (evutil_parse_sockaddr_port("192.0.2.1:http", (struct sockaddr *)&ss, &len) < 0)
    return -1;
  return bufferevent_socket_connect(bev, (struct sockaddr *)&ss, len);
}

int good_hostname(struct bufferevent *bev, struct evdns_base *dns, int port) {
  bufferevent_socket_connect_hostname(bev, dns, AF_INET, "example.com", port);
  return bufferevent_socket_connect_hostname(bev, dns, AF_INET, "example.com", 443);
}

// No address: the bufferevent only starts reading from a socket it was given.
int good_no_address(struct bufferevent *bev) {
  return bufferevent_socket_connect(bev, NULL, 0);
}

// A Unix-domain address has no port.
int good_unix(struct bufferevent *bev) {
  struct sockaddr_un un;
  memset(&un, 0, sizeof un);
  un.sun_family = AF_UNIX;
  strcpy(un.sun_path, "/run/app.sock");
  return bufferevent_socket_connect(bev, (struct sockaddr *)&un, sizeof un);
}

struct evhttp_connection *good_http(struct event_base *base, const char *host,
                                    unsigned short port) {
  return evhttp_connection_base_new(base, NULL, host, port);
}
