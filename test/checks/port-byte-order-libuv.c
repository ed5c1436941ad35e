// libuv's uv_ip4_addr()/uv_ip6_addr() take a host-order port and store it
// with htons(): a port converted before the call is converted twice.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O0
// The unwrapping fix lives on a note; --fix-notes applies it and the result
// must compile.
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX -lang=c++ %s port-byte-order %t -- -- -O0

#include <arpa/inet.h>
#include <uv.h>

#define SERVER_PORT 7000

int bad_constant(uv_tcp_t *handle, uv_connect_t *req, uv_connect_cb cb) {
  struct sockaddr_in addr;
  uv_ip4_addr("127.0.0.1", htons(SERVER_PORT), &addr);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: port is converted to network byte order twice; uv_ip4_addr() converts it again [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: pass the port in host byte order
  // CHECK-FIXES-FIX: uv_ip4_addr("127.0.0.1", SERVER_PORT, &addr);
  return uv_tcp_connect(req, handle, (const struct sockaddr *)&addr, cb);
}

int bad_ipv6(uv_udp_t *handle, unsigned short port) {
  struct sockaddr_in6 addr;
  uv_ip6_addr("::1", htons(port), &addr);
  // CHECK-FIXES-FIX: uv_ip6_addr("::1", port, &addr);
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: port is converted to network byte order twice; uv_ip6_addr() converts it again [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-3]]:22: note: pass the port in host byte order
  return uv_udp_bind(handle, (const struct sockaddr *)&addr, 0);
}

int good(uv_tcp_t *handle, int port, const struct sockaddr_in *peer) {
  struct sockaddr_in addr;
  uv_ip4_addr("0.0.0.0", port, &addr);
  uv_ip4_addr("0.0.0.0", SERVER_PORT, &addr);
  uv_ip4_addr("0.0.0.0", ntohs(peer->sin_port), &addr);
  return uv_tcp_bind(handle, (const struct sockaddr *)&addr, 0);
}
