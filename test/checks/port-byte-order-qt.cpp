// QtNetwork takes ports as host-order quint16 and converts them itself:
// htons() there converts twice.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -std=c++17 %qt5_flags -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -std=c++17 %qt5_flags -O2
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX %s port-byte-order %t -- -- -std=c++17 %qt5_flags -O2

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <arpa/inet.h>

bool bad_listen(QTcpServer &server) {
  return server.listen(QHostAddress::Any, htons(8080));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: port is converted to network byte order twice; listen() converts it again [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-2]]:43: note: pass the port in host byte order
  // CHECK-FIXES-FIX: return server.listen(QHostAddress::Any, 8080);
}

void bad_connect(QTcpSocket &socket, quint16 port) {
  socket.connectToHost("example.com", htons(port));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: port is converted to network byte order twice; connectToHost() converts it again [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-2]]:39: note: pass the port in host byte order
  // CHECK-FIXES-FIX: socket.connectToHost("example.com", port);
}

void good(QTcpSocket &socket, QTcpServer &server, quint16 port) {
  socket.connectToHost("example.com", port);
  server.listen(QHostAddress::Any, 8080);
}
