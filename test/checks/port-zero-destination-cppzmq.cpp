// cppzmq (<zmq.hpp>, with libzmq3-dev): socket_t::connect() on a TCP
// endpoint with port 0, as zmq_connect() in port-zero-destination-zmq.c.
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -std=c++17 -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -std=c++17 -O2

#include <string>
#include <zmq.hpp>

void bad_connect(zmq::context_t &ctx) {
  zmq::socket_t s(ctx, zmq::socket_type::req);
  s.connect("tcp://localhost:0");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: the endpoint's port is 0
  s.send(zmq::str_buffer("ping"), zmq::send_flags::none);
}

void bad_through_pointer(zmq::socket_t *s) {
  s->connect("tcp://[::1]:0");
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: the endpoint's port is 0
}

// The std::string overload reads the same text.
void bad_std_string(zmq::context_t &ctx) {
  zmq::socket_t s(ctx, zmq::socket_type::req);
  s.connect(std::string("tcp://localhost:0"));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: the endpoint's port is 0
  const std::string endpoint = "tcp://127.0.0.1:0";
  s.connect(endpoint);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: the endpoint's port is 0
}

// --- silent -------------------------------------------------------------

void good_ports(zmq::context_t &ctx, const std::string &configured) {
  zmq::socket_t s(ctx, zmq::socket_type::dealer);
  s.connect("tcp://localhost:5555");
  s.connect("inproc://workers");
  s.connect(configured);
  s.connect(std::string("tcp://localhost:5555"));
}

// Other classes' members of the same names are not socket calls.
void good_other_classes(zmq::context_t &ctx, zmq::message_t &msg) {
  (void)msg.get(ZMQ_MORE);
  ctx.close();
}
