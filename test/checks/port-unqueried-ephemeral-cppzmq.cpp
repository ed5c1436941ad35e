// cppzmq (<zmq.hpp>, with libzmq3-dev): socket_t::bind() on "tcp://*:*"
// listens on an ephemeral port; get(zmq::sockopt::last_endpoint) (or the
// older getsockopt(ZMQ_LAST_ENDPOINT, ...)) or a monitor learns it.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -std=c++17 -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -std=c++17 -O2

#include <string>
#include <zmq.hpp>

void bad_wildcard(zmq::context_t &ctx) {
  zmq::socket_t s(ctx, zmq::socket_type::rep);
  s.set(zmq::sockopt::linger, 0);
  s.bind("tcp://127.0.0.1:*");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with zmq_getsockopt(ZMQ_LAST_ENDPOINT) [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: the port '*' in this endpoint asks for an ephemeral port
  zmq::message_t request;
  (void)s.recv(request, zmq::recv_flags::none);
  s.send(zmq::str_buffer("ok"), zmq::send_flags::none);
  // Another option says nothing of the port.
  (void)s.get(zmq::sockopt::type);
}

void bad_port_zero(zmq::context_t &ctx) {
  zmq::socket_t pub(ctx, zmq::socket_type::pub);
  pub.bind("tcp://*:0");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with zmq_getsockopt(ZMQ_LAST_ENDPOINT) [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: the endpoint's port is 0
  pub.send(zmq::str_buffer("tick"), zmq::send_flags::none);
}

// --- silent -------------------------------------------------------------

std::string good_last_endpoint(zmq::context_t &ctx) {
  zmq::socket_t s(ctx, zmq::socket_type::rep);
  s.bind("tcp://127.0.0.1:*");
  return s.get(zmq::sockopt::last_endpoint);
}

void good_old_getsockopt(zmq::context_t &ctx, char *buf, size_t *size) {
  zmq::socket_t s(ctx, ZMQ_REP);
  s.bind("tcp://*:*");
  s.getsockopt(ZMQ_LAST_ENDPOINT, buf, size);
}

void good_monitored(zmq::context_t &ctx, zmq::monitor_t &monitor) {
  zmq::socket_t s(ctx, ZMQ_REP);
  monitor.init(s, "inproc://monitor");
  s.bind("tcp://*:*");
}

void serve(zmq::socket_t &s);

void good_handed_on(zmq::context_t &ctx) {
  zmq::socket_t s(ctx, ZMQ_REP);
  s.bind("tcp://*:*");
  serve(s);
}

void good_fixed_port(zmq::context_t &ctx) {
  zmq::socket_t s(ctx, ZMQ_REP);
  s.bind("tcp://*:5555");
  s.bind("ipc://*");
}
