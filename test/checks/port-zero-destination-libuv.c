// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O2

#include <uv.h>

static void on_connect(uv_connect_t *req, int status) { (void)req; (void)status; }
static void on_sent(uv_udp_send_t *req, int status) { (void)req; (void)status; }

int bad_tcp_connect(uv_loop_t *loop, uv_tcp_t *client, uv_connect_t *req) {
  struct sockaddr_in dest;
  uv_ip4_addr("127.0.0.1", 0, &dest);
  uv_tcp_init(loop, client);
  return uv_tcp_connect(req, client, (const struct sockaddr *)&dest, on_connect);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: uv_tcp_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: the port is given as 0 here
}

int bad_udp_send(uv_udp_t *handle, uv_udp_send_t *req, uv_buf_t *buf) {
  struct sockaddr_in6 dest;
  uv_ip6_addr("::1", 0, &dest);
  return uv_udp_send(req, handle, buf, 1, (const struct sockaddr *)&dest, on_sent);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: uv_udp_send() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:22: note: the port is given as 0 here
}

int bad_udp_connect_then_send(uv_udp_t *handle, uv_udp_send_t *req, uv_buf_t *buf) {
  struct sockaddr_in dest;
  uv_ip4_addr("192.0.2.1", 0, &dest);
  uv_udp_connect(handle, (const struct sockaddr *)&dest);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: uv_udp_connect() to port 0 gives the datagram socket no destination port; datagrams sent on it cannot be delivered [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:28: note: the port is given as 0 here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: the socket sends here
  return uv_udp_send(req, handle, buf, 1, NULL, on_sent);
}

int good_port_from_argument(uv_tcp_t *client, uv_connect_t *req, int port) {
  struct sockaddr_in dest;
  uv_ip4_addr("127.0.0.1", port, &dest);
  return uv_tcp_connect(req, client, (const struct sockaddr *)&dest, on_connect);
}

int good_udp_route_lookup(uv_udp_t *handle, struct sockaddr_in *source) {
  struct sockaddr_in dest;
  int len = sizeof *source;
  uv_ip4_addr("192.0.2.1", 0, &dest);
  uv_udp_connect(handle, (const struct sockaddr *)&dest);
  return uv_udp_getsockname(handle, (struct sockaddr *)source, &len);
}

int good_udp_disconnect(uv_udp_t *handle) {
  return uv_udp_connect(handle, NULL);
}

int good_bind_port_zero(uv_tcp_t *server) {
  struct sockaddr_in any;
  uv_ip4_addr("0.0.0.0", 0, &any);
  return uv_tcp_bind(server, (const struct sockaddr *)&any, 0);
}
