// RUN: %check_port_tidy %s port-probe-race %t -- -- -O0
// RUN: %check_port_tidy %s port-probe-race %t -- -- -O2

#include <asio.hpp>

using asio::ip::tcp;
using asio::ip::udp;

unsigned short bad_acceptor_closed(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  unsigned short port = acceptor.local_endpoint().port();
  acceptor.close();
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: the port learned from this probe socket is released by close(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-3]]:34: note: keep the socket open and pass the socket itself on instead of its port
  return port;
}

// The acceptor closes when it goes out of scope, right after the return.
unsigned short bad_acceptor_destroyed(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  return acceptor.local_endpoint().port();
  // CHECK-NOTES: :[[@LINE+2]]:1: warning: the port learned from this probe socket is released when 'acceptor' is destroyed; another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: keep the socket open and pass the socket itself on instead of its port
}

unsigned short bad_step_by_step(asio::io_context &io) {
  tcp::acceptor acceptor(io);
  acceptor.open(tcp::v4());
  acceptor.bind(tcp::endpoint(tcp::v4(), 0));
  tcp::endpoint local = acceptor.local_endpoint();
  acceptor.close();
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: the port learned from this probe socket is released by close(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-3]]:34: note: keep the socket open and pass the socket itself on instead of its port
  return local.port();
}

unsigned short bad_udp_socket_in_block(asio::io_context &io) {
  unsigned short port = 0;
  {
    udp::socket probe(io, udp::endpoint(udp::v4(), 0));
    port = probe.local_endpoint().port();
  }
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released when 'probe' is destroyed; another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: keep the socket open and pass the socket itself on instead of its port
  return port;
}

// --- silent -----------------------------------------------------------------

tcp::acceptor good_acceptor_returned(asio::io_context &io,
                                     unsigned short &port) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  port = acceptor.local_endpoint().port();
  return acceptor;
}

void good_acceptor_serves(asio::io_context &io, tcp::socket &peer,
                          unsigned short &port) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  port = acceptor.local_endpoint().port();
  acceptor.accept(peer);
  acceptor.close();
}

void good_port_discarded(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  (void)acceptor.local_endpoint().port();
  acceptor.close();
}

unsigned short good_fixed_port(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 8080));
  unsigned short port = acceptor.local_endpoint().port();
  acceptor.close();
  return port;
}
