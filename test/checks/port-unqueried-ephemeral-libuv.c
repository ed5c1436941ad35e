// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O2

#include <uv.h>

static void on_connection(uv_stream_t *server, int status) {
  (void)server;
  (void)status;
}
static void on_alloc(uv_handle_t *handle, size_t size, uv_buf_t *buf) {
  (void)handle;
  (void)size;
  (void)buf;
}
static void on_datagram(uv_udp_t *handle, ssize_t nread, const uv_buf_t *buf,
                        const struct sockaddr *addr, unsigned flags) {
  (void)handle;
  (void)nread;
  (void)buf;
  (void)addr;
  (void)flags;
}
static void on_sent(uv_udp_send_t *req, int status) {
  (void)req;
  (void)status;
}

int bad_tcp_listen(uv_loop_t *loop) {
  uv_tcp_t server;
  struct sockaddr_in addr;
  uv_tcp_init(loop, &server);
  uv_ip4_addr("0.0.0.0", 0, &addr);
  uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with uv_tcp_getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:26: note: the port is given as 0 here
  return uv_listen((uv_stream_t *)&server, 128, on_connection);
  // CHECK-NOTES: :[[@LINE-1]]:10: note: the socket listens here
}

int bad_tcp6_listen(uv_loop_t *loop) {
  uv_tcp_t server;
  struct sockaddr_in6 addr;
  uv_tcp_init(loop, &server);
  uv_ip6_addr("::", 0, &addr);
  if (uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0) != 0)
    return -1;
  // CHECK-NOTES: :[[@LINE-2]]:7: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with uv_tcp_getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:21: note: the port is given as 0 here
  return uv_listen((uv_stream_t *)&server, 128, on_connection);
  // CHECK-NOTES: :[[@LINE-1]]:10: note: the socket listens here
}

int bad_udp_recv_start(uv_loop_t *loop) {
  uv_udp_t server;
  struct sockaddr_in addr;
  uv_udp_init(loop, &server);
  uv_ip4_addr("0.0.0.0", 0, &addr);
  uv_udp_bind(&server, (const struct sockaddr *)&addr, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and only receives, but the assigned port is never read with uv_udp_getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:26: note: the port is given as 0 here
  return uv_udp_recv_start(&server, on_alloc, on_datagram);
  // CHECK-NOTES: :[[@LINE-1]]:10: note: the socket receives here
}

int good_tcp_getsockname(uv_loop_t *loop) {
  uv_tcp_t server;
  struct sockaddr_in addr;
  int len = sizeof addr;
  uv_tcp_init(loop, &server);
  uv_ip4_addr("0.0.0.0", 0, &addr);
  uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0);
  uv_listen((uv_stream_t *)&server, 128, on_connection);
  return uv_tcp_getsockname(&server, (struct sockaddr *)&addr, &len);
}

int good_udp_getsockname(uv_loop_t *loop) {
  uv_udp_t server;
  struct sockaddr_in addr;
  int len = sizeof addr;
  uv_udp_init(loop, &server);
  uv_ip4_addr("0.0.0.0", 0, &addr);
  uv_udp_bind(&server, (const struct sockaddr *)&addr, 0);
  uv_udp_getsockname(&server, (struct sockaddr *)&addr, &len);
  return uv_udp_recv_start(&server, on_alloc, on_datagram);
}

int good_udp_client_sends(uv_loop_t *loop, uv_udp_send_t *req, uv_buf_t *buf,
                          const struct sockaddr *server) {
  uv_udp_t client;
  struct sockaddr_in addr;
  uv_udp_init(loop, &client);
  uv_ip4_addr("0.0.0.0", 0, &addr);
  uv_udp_bind(&client, (const struct sockaddr *)&addr, 0);
  uv_udp_send(req, &client, buf, 1, server, on_sent);
  return uv_udp_recv_start(&client, on_alloc, on_datagram);
}

int good_fixed_port(uv_loop_t *loop) {
  uv_tcp_t server;
  struct sockaddr_in addr;
  uv_tcp_init(loop, &server);
  uv_ip4_addr("0.0.0.0", 7000, &addr);
  uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0);
  return uv_listen((uv_stream_t *)&server, 128, on_connection);
}

// The handle belongs to the caller, who may ask for the port.
int good_handle_from_caller(uv_tcp_t *server) {
  struct sockaddr_in addr;
  uv_ip4_addr("0.0.0.0", 0, &addr);
  uv_tcp_bind(server, (const struct sockaddr *)&addr, 0);
  return uv_listen((uv_stream_t *)server, 128, on_connection);
}
