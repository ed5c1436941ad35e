// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2

#include <asio.hpp>

using asio::ip::tcp;

void serve(tcp::socket &peer);

// asio's acceptor constructor opens, binds and listens.
void bad_acceptor_constructed_on_port_zero(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with local_endpoint() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-2]]:55: note: the port is given as 0 here
  for (;;) {
    tcp::socket peer(io);
    acceptor.accept(peer);
    // CHECK-NOTES: :[[@LINE-1]]:5: note: the socket accepts connections here
    serve(peer);
  }
}

void bad_acceptor_on_default_endpoint(asio::io_context &io) {
  tcp::endpoint any;
  tcp::acceptor acceptor{io, any};
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with local_endpoint() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: the port is given as 0 here
  acceptor.async_accept([](const asio::error_code &, tcp::socket) {});
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket accepts connections here
}

void bad_acceptor_open_bind_listen(asio::io_context &io) {
  tcp::endpoint endpoint(tcp::v6(), 0);
  tcp::acceptor acceptor(io);
  acceptor.open(endpoint.protocol());
  acceptor.bind(endpoint);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with local_endpoint() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-5]]:37: note: the port is given as 0 here
  acceptor.listen();
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  tcp::socket peer(io);
  acceptor.accept(peer);
  serve(peer);
}

void good_local_endpoint_read(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  unsigned short port = acceptor.local_endpoint().port();
  (void)port;
  tcp::socket peer(io);
  acceptor.accept(peer);
}

void good_fixed_port(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 8080));
  tcp::socket peer(io);
  acceptor.accept(peer);
}

void good_port_from_parameter(asio::io_context &io, unsigned short port) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), port));
  tcp::socket peer(io);
  acceptor.accept(peer);
}

void run_acceptor(tcp::acceptor &acceptor);

void good_acceptor_handed_on(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  run_acceptor(acceptor);
}

// Bound but never accepting: not a server this function can see.
void good_acceptor_never_accepts(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  acceptor.close();
}
