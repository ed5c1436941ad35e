// asio endpoints take host order; C++ templates are checked once.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2

#include <arpa/inet.h>
#include <asio.hpp>
#include <netinet/in.h>

using asio::ip::tcp;

void good_endpoint_host_order(asio::io_context &io) {
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), 8080));
  tcp::endpoint peer(tcp::v4(), 0);
  peer.port(443);
  socket.connect(peer);
}

// Reported once, in the template, whatever its instantiations.
template <typename Port> void bad_in_template(sockaddr_in &sa, Port port) {
  sa.sin_port = 8080;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa.sin_port = htons(8080);
  sa.sin_port = htons(port);
}

void instantiate(sockaddr_in &v4) {
  bad_in_template(v4, 1);
  bad_in_template(v4, 2L);
}

struct Server {
  sockaddr_in addr{};
  void bad_member(int port) {
    addr.sin_port = port + 1;
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: port is stored in host byte order; sin_port expects network byte order [port-byte-order]
    // CHECK-FIXES: addr.sin_port = htons(port + 1);
  }
};

static sockaddr_in g_listen;
void bad_global(void) {
  g_listen.sin_port = 7000;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: port 7000 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: g_listen.sin_port = htons(7000);
}

void good_lambda(sockaddr_in &sa, unsigned short port) {
  auto set = [&] { sa.sin_port = htons(port); };
  set();
}
