// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2

#include <asio.hpp>

using asio::ip::tcp;
using asio::ip::udp;

void bad_tcp_connect_temporary_endpoint(asio::io_context &io) {
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:69: note: the port is given as 0 here
}

void bad_tcp_async_connect_default_endpoint(asio::io_context &io) {
  tcp::socket socket(io);
  tcp::endpoint peer;
  socket.async_connect(peer, [](const asio::error_code &) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: async_connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: the port is given as 0 here
}

void bad_udp_send_to_port_set_to_zero(asio::io_context &io, unsigned short p) {
  udp::socket socket(io, udp::v4());
  udp::endpoint to(asio::ip::make_address("192.0.2.7"), p);
  to.port(0);
  socket.send_to(asio::buffer("x", 1), to);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: send_to() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: the port is given as 0 here
}

void bad_udp_async_send_to(asio::io_context &io) {
  udp::socket socket(io, udp::v4());
  socket.async_send_to(asio::buffer("x", 1),
                       udp::endpoint(udp::v4(), 0),
                       [](const asio::error_code &, std::size_t) {});
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: async_send_to() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:49: note: the port is given as 0 here
}

void good_port_from_parameter(asio::io_context &io, unsigned short port) {
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
}

void good_port_set_before_connect(asio::io_context &io) {
  tcp::socket socket(io);
  tcp::endpoint peer(tcp::v4(), 0);
  peer.port(8080);
  socket.connect(peer);
}

void good_udp_route_lookup(asio::io_context &io) {
  udp::socket socket(io, udp::v4());
  socket.connect(udp::endpoint(asio::ip::make_address("192.0.2.7"), 0));
  unsigned short local = socket.local_endpoint().port();
  (void)local;
}

void good_icmp_has_no_ports(asio::io_context &io) {
  asio::ip::icmp::socket socket(io, asio::ip::icmp::v4());
  socket.send_to(asio::buffer("echo", 4),
                 asio::ip::icmp::endpoint(asio::ip::make_address("192.0.2.7"), 0));
}

void good_acceptor_binds_port_zero(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  (void)acceptor.local_endpoint().port();
}
