// RUN: %check_port_tidy %s port-probe-race %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-probe-race %t -- -- -O2

#include <arpa/inet.h>
#include <uv.h>

int bad_libuv_probe(uv_loop_t *loop) {
  uv_tcp_t probe;
  uv_tcp_init(loop, &probe);
  struct sockaddr_in any;
  uv_ip4_addr("127.0.0.1", 0, &any);
  uv_tcp_bind(&probe, (const struct sockaddr *)&any, 0);
  struct sockaddr_in bound;
  int len = sizeof bound;
  uv_tcp_getsockname(&probe, (struct sockaddr *)&bound, &len);
  uv_close((uv_handle_t *)&probe, NULL);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released by uv_close(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: keep the socket open and pass the socket itself on instead of its port
  return ntohs(bound.sin_port);
}

void on_connection(uv_stream_t *server, int status);

int good_libuv_server(uv_loop_t *loop, uv_tcp_t *server) {
  uv_tcp_init(loop, server);
  struct sockaddr_in any;
  uv_ip4_addr("127.0.0.1", 0, &any);
  uv_tcp_bind(server, (const struct sockaddr *)&any, 0);
  struct sockaddr_in bound;
  int len = sizeof bound;
  uv_tcp_getsockname(server, (struct sockaddr *)&bound, &len);
  uv_listen((uv_stream_t *)server, 16, on_connection);
  return ntohs(bound.sin_port);
}
