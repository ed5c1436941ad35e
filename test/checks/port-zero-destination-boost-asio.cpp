// Boost.Asio is seen as standalone asio is: the same endpoint, socket and
// acceptor templates, one namespace deeper (boost::asio).
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2

#include <boost/asio.hpp>

namespace net = boost::asio;
using net::ip::tcp;
using net::ip::udp;

void bad_tcp_connect_protocol_endpoint(net::io_context &io) {
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(tcp::v4(), 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:43: note: the port is given as 0 here
}

void bad_udp_async_send_to_port_set_to_zero(net::io_context &io,
                                            unsigned short p) {
  udp::socket socket(io, udp::v4());
  udp::endpoint to(net::ip::make_address("192.0.2.7"), p);
  to.port(0);
  socket.async_send_to(net::buffer("x", 1), to,
                       [](const boost::system::error_code &, std::size_t) {});
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: async_send_to() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-4]]:11: note: the port is given as 0 here
}

void good_port_set_before_connect(net::io_context &io) {
  tcp::socket socket(io);
  tcp::endpoint peer(tcp::v4(), 0);
  peer.port(8080);
  socket.connect(peer);
}

void good_udp_route_lookup(net::io_context &io) {
  udp::socket socket(io, udp::v4());
  socket.connect(udp::endpoint(net::ip::make_address("192.0.2.7"), 0));
  (void)socket.local_endpoint().port();
}

// An AF_UNIX endpoint has no port.
void good_local_datagram_default_endpoint(net::io_context &io) {
  net::local::datagram_protocol::socket socket(io);
  socket.send_to(net::buffer("x", 1),
                 net::local::datagram_protocol::endpoint());
}

void good_icmp_has_no_ports(net::io_context &io) {
  net::ip::icmp::socket socket(io, net::ip::icmp::v4());
  socket.send_to(net::buffer("echo", 4),
                 net::ip::icmp::endpoint(net::ip::make_address("192.0.2.7"), 0));
}

void good_acceptor_binds_port_zero(net::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 0));
  (void)acceptor.local_endpoint().port();
}
