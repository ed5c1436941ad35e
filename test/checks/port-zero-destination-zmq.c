// ZeroMQ's C API (<zmq.h> from libzmq3-dev): the destination is an endpoint
// string, and a TCP endpoint with port 0 never reaches a peer (zmq_connect()
// returns 0 and the connection is retried for ever).
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O0

#include <stdio.h>
#include <zmq.h>

#define BROKER "tcp://broker.example:0"
static const char *const kFeed = "tcp://192.0.2.7:0";

int bad_literal(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REQ);
  int rc = zmq_connect(s, "tcp://localhost:0");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: zmq_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: the endpoint's port is 0
  zmq_close(s);
  return rc;
}

int bad_macro(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_DEALER);
  int rc = zmq_connect(s, BROKER);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: zmq_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: the endpoint's port is 0
  // CHECK-MESSAGES: :12:16: note: expanded from macro 'BROKER'
  zmq_close(s);
  return rc;
}

int bad_constant(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_SUB);
  int rc = zmq_connect(s, kFeed);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: zmq_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :13:34: note: the endpoint's port is 0
  zmq_close(s);
  return rc;
}

int bad_local_kept(void *ctx) {
  const char endpoint[] = "tcp://[::1]:00";
  void *s = zmq_socket(ctx, ZMQ_PUSH);
  int rc = zmq_connect(s, endpoint);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: zmq_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: the endpoint's port is 0
  zmq_close(s);
  return rc;
}

// `tcp://source;peer`: the peer's port is the destination.
int bad_peer_after_source(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REQ);
  int rc = zmq_connect(s, "tcp://192.0.2.1:5555;192.0.2.2:0");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: zmq_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: the endpoint's port is 0
  zmq_close(s);
  return rc;
}

static int dial(void *s) {
  return zmq_connect(s, "tcp://127.0.0.1:0");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: zmq_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: the endpoint's port is 0
}

// The helper's finding is its own: its caller is not told again.
int caller_of_dial(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REQ);
  int rc = dial(s);
  zmq_close(s);
  return rc;
}

// --- silent -------------------------------------------------------------

int good_port(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REQ);
  int rc = zmq_connect(s, "tcp://localhost:5555") |
           zmq_connect(s, "tcp://[2001:db8::1]:5556") |
           // The source's port 0 only picks a local address.
           zmq_connect(s, "tcp://192.0.2.1:0;192.0.2.2:5557");
  zmq_close(s);
  return rc;
}

// Transports without TCP ports, and a path that merely ends in ":0".
int good_no_tcp_port(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_PAIR);
  int rc = zmq_connect(s, "ipc:///tmp/feed:0") |
           zmq_connect(s, "inproc://workers:0") |
           zmq_connect(s, "unknown://host:0");
  zmq_close(s);
  return rc;
}

// No port, or '*' (which zmq_connect() rejects): neither is port 0.
int good_not_zero(void *ctx) {
  void *s = zmq_socket(ctx, ZMQ_REQ);
  int rc = zmq_connect(s, "tcp://localhost") | zmq_connect(s, "tcp://localhost:*");
  zmq_close(s);
  return rc;
}

int good_computed(void *ctx, const char *configured, int port) {
  char endpoint[64];
  snprintf(endpoint, sizeof endpoint, "tcp://127.0.0.1:%d", port);
  void *s = zmq_socket(ctx, ZMQ_REQ);
  int rc = zmq_connect(s, endpoint) | zmq_connect(s, configured);
  zmq_close(s);
  return rc;
}

// A local that is written again is not the literal it started with.
int good_rewritten(void *ctx, int use_default) {
  const char *endpoint = "tcp://localhost:0";
  if (use_default)
    endpoint = "tcp://localhost:5555";
  void *s = zmq_socket(ctx, ZMQ_REQ);
  int rc = zmq_connect(s, endpoint);
  zmq_close(s);
  return rc;
}

// Unbinding or disconnecting names an endpoint but sends nowhere.
int good_disconnect(void *s) {
  return zmq_disconnect(s, "tcp://localhost:0") | zmq_unbind(s, "tcp://*:0");
}
