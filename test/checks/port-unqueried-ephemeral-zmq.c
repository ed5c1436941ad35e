// ZeroMQ's C API (<zmq.h> from libzmq3-dev): zmq_bind() on a TCP endpoint
// whose port is '*' (or 0) binds an ephemeral port and listens; peers can
// only be told the port after reading it back with ZMQ_LAST_ENDPOINT.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O0

#include <stddef.h>
#include <zmq.h>

#define ANY_PORT "tcp://*:*"

int bad_wildcard(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REP);
  if (zmq_bind(s, "tcp://127.0.0.1:*") != 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with zmq_getsockopt(ZMQ_LAST_ENDPOINT) [port-unqueried-ephemeral]
    // CHECK-MESSAGES: :[[@LINE-2]]:19: note: the port '*' in this endpoint asks for an ephemeral port
    return -1;
  char request[16];
  zmq_recv(s, request, sizeof request, 0);
  zmq_send(s, "ok", 2, 0);
  return zmq_close(s);
}

int bad_port_zero_ipv6(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_PUB);
  zmq_bind(s, "tcp://[::1]:0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with zmq_getsockopt(ZMQ_LAST_ENDPOINT) [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: the endpoint's port is 0
  zmq_send(s, "tick", 4, 0);
  return zmq_close(s);
}

int bad_macro(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_ROUTER);
  zmq_bind(s, ANY_PORT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with zmq_getsockopt(ZMQ_LAST_ENDPOINT) [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: the port '*' in this endpoint asks for an ephemeral port
  // CHECK-MESSAGES: :12:18: note: expanded from macro 'ANY_PORT'
  return zmq_close(s);
}

// Options other than ZMQ_LAST_ENDPOINT say nothing about the port, and do
// not hand the socket on.
int bad_other_options(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REP);
  int linger = 0, type = 0;
  size_t size = sizeof type;
  zmq_setsockopt(s, ZMQ_LINGER, &linger, sizeof linger);
  zmq_bind(s, "tcp://*:*");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with zmq_getsockopt(ZMQ_LAST_ENDPOINT) [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: the port '*' in this endpoint asks for an ephemeral port
  zmq_getsockopt(s, ZMQ_TYPE, &type, &size);
  return zmq_close(s);
}

// A helper binds the caller's socket.
static int bind_anywhere(void *s) { return zmq_bind(s, "tcp://127.0.0.1:*"); }

int bad_through_helper(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REP);
  bind_anywhere(s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with zmq_getsockopt(ZMQ_LAST_ENDPOINT) [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :59:56: note: the port '*' in this endpoint asks for an ephemeral port
  // CHECK-MESSAGES: :59:44: note: bind_anywhere() calls zmq_bind() here
  char request[16];
  zmq_recv(s, request, sizeof request, 0);
  return zmq_close(s);
}

// --- silent -------------------------------------------------------------

// The idiom: read the endpoint back and tell the peers.
int good_reads_last_endpoint(void *ctx, char *endpoint, size_t *size) {
  void *s = zmq_socket(ctx, ZMQ_REP);
  zmq_bind(s, "tcp://127.0.0.1:*");
  zmq_getsockopt(s, ZMQ_LAST_ENDPOINT, endpoint, size);
  return zmq_close(s);
}

// An option that is not a constant may be ZMQ_LAST_ENDPOINT.
int good_option_from_caller(void *ctx, int option, char *value, size_t *size) {
  void *s = zmq_socket(ctx, ZMQ_REP);
  zmq_bind(s, "tcp://*:*");
  zmq_getsockopt(s, option, value, size);
  return zmq_close(s);
}

int good_fixed_port(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REP);
  zmq_bind(s, "tcp://*:5555");
  return zmq_close(s);
}

// ipc and inproc have no ports; "ipc://*" names a fresh path.
int good_no_tcp_port(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_PULL);
  zmq_bind(s, "ipc://*");
  zmq_bind(s, "inproc://jobs");
  return zmq_close(s);
}

// Whoever gets the socket may read the endpoint: a monitor reports it, a
// caller may ask.
void *good_returned(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REP);
  zmq_bind(s, "tcp://*:*");
  return s;
}

int good_monitored(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REP);
  zmq_socket_monitor(s, "inproc://monitor", ZMQ_EVENT_LISTENING);
  zmq_bind(s, "tcp://*:*");
  return zmq_close(s);
}

struct server {
  void *socket;
};

int good_member(struct server *srv) {
  return zmq_bind(srv->socket, "tcp://*:*");
}

// A socket that also connects is a client choosing its own address.
int good_client(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_DEALER);
  zmq_bind(s, "tcp://*:*");
  zmq_connect(s, "tcp://broker.example:5555");
  return zmq_close(s);
}

// A handle kept where other code can reach it may be asked later: in a
// struct the caller holds, in a global, or in another local.
int good_kept_in_struct(void *ctx, struct server *srv) {
  void *s = zmq_socket(ctx, ZMQ_REP);
  zmq_bind(s, "tcp://*:*");
  srv->socket = s;
  return 0;
}

void *g_publisher;

int good_kept_in_global(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_PUB);
  zmq_bind(s, "tcp://*:*");
  g_publisher = s;
  return 0;
}

int good_kept_in_copy(void *ctx, char *out, size_t *len) {
  void *s = zmq_socket(ctx, ZMQ_PUB);
  zmq_bind(s, "tcp://*:*");
  void *same = s;
  return zmq_getsockopt(same, ZMQ_LAST_ENDPOINT, out, len);
}
