// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2

// A libuv TCP handle set up by a helper that receives it.

#include <uv.h>

static void start_server(uv_loop_t *loop, uv_tcp_t *server) {
  struct sockaddr_in addr;
  uv_tcp_init(loop, server);
  uv_ip4_addr("0.0.0.0", 0, &addr);
  uv_tcp_bind(server, (const struct sockaddr *)&addr, 0);
  uv_listen((uv_stream_t *)server, 128, NULL);
}

int bad_handle_bound_by_helper_never_queried(void) {
  uv_tcp_t server;
  start_server(uv_default_loop(), &server);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with uv_tcp_getsockname() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-9]]:26: note: the port is given as 0 here
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: start_server() calls uv_tcp_bind() here
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: the socket listens here
  return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
}

int good_handle_queried_after_the_helper(void) {
  uv_tcp_t server;
  struct sockaddr_storage name;
  int len = sizeof name;
  start_server(uv_default_loop(), &server);
  uv_tcp_getsockname(&server, (struct sockaddr *)&name, &len);
  return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
}

static void start_on(uv_loop_t *loop, uv_tcp_t *server, int port) {
  struct sockaddr_in addr;
  uv_tcp_init(loop, server);
  uv_ip4_addr("0.0.0.0", port, &addr);
  uv_tcp_bind(server, (const struct sockaddr *)&addr, 0);
  uv_listen((uv_stream_t *)server, 128, NULL);
}

int good_helper_given_a_port(int port) {
  uv_tcp_t server;
  start_on(uv_default_loop(), &server, port);
  return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
}

int bad_helper_given_port_zero(void) {
  uv_tcp_t server;
  start_on(uv_default_loop(), &server, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with uv_tcp_getsockname() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:40: note: the port is given as 0 here
  // CHECK-MESSAGES: :[[@LINE-15]]:3: note: start_on() calls uv_tcp_bind() here
  // CHECK-MESSAGES: :[[@LINE-15]]:3: note: the socket listens here
  return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
}

// The handle lives on in a structure the caller hands to unknown code.
struct app {
  uv_tcp_t server;
};
extern void run_app(struct app *app);

void good_handle_handed_on(struct app *app) {
  start_server(uv_default_loop(), &app->server);
  run_app(app);
}
