// QtNetwork (qtbase5-dev): QAbstractSocket::connectToHost() and
// QUdpSocket::writeDatagram() take the port as a host-order quint16 beside a
// host name or a QHostAddress; port 0 never reaches a peer.
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -std=c++17 %qt5_flags -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -std=c++17 %qt5_flags -O2

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpSocket>
#include <QtNetwork/QUdpSocket>

constexpr quint16 kBrokerPort = 0;

void bad_host_name(QTcpSocket &socket) {
  socket.connectToHost("broker.example", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connectToHost() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:42: note: the port is given as 0 here
}

void bad_address_constant() {
  auto *socket = new QTcpSocket();
  socket->connectToHost(QHostAddress::LocalHost, kBrokerPort);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: connectToHost() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:50: note: the port is given as 0 here
  socket->write("hello");
}

void bad_encrypted(QSslSocket &socket) {
  socket.connectToHostEncrypted("mail.example", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connectToHostEncrypted() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:49: note: the port is given as 0 here
}

qint64 bad_datagram(QUdpSocket &socket, const QByteArray &data) {
  return socket.writeDatagram(data, QHostAddress::LocalHost, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: writeDatagram() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:62: note: the port is given as 0 here
}

qint64 bad_datagram_bytes(QUdpSocket &socket, const char *data, qint64 size) {
  return socket.writeDatagram(data, size, QHostAddress::Broadcast, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: writeDatagram() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:68: note: the port is given as 0 here
}

// A UDP socket "connected" to port 0 has a route but no peer: writes fail.
void bad_udp_connected_then_written(QUdpSocket &socket) {
  socket.connectToHost(QHostAddress::LocalHost, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connectToHost() to port 0 gives the datagram socket no destination port; datagrams sent on it cannot be delivered [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:49: note: the port is given as 0 here
  socket.write("ping");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the socket sends here
}

// Look-alikes that are right.

void good_ports(QTcpSocket &tcp, QUdpSocket &udp, quint16 port,
                const QByteArray &data) {
  tcp.connectToHost("example.com", 443);
  tcp.connectToHost(QHostAddress::LocalHost, port);
  udp.writeDatagram(data, QHostAddress::LocalHost, 5353);
}

// Connecting a UDP socket to port 0 only picks the route (and so the local
// address); nothing is sent on it.
QHostAddress good_route_lookup(QUdpSocket &socket) {
  socket.connectToHost(QHostAddress("192.0.2.1"), 0);
  return socket.localAddress();
}

// A client bound to port 0 lets the system pick its source port.
void good_client_bound(QUdpSocket &socket, const QByteArray &data) {
  socket.bind(QHostAddress(QHostAddress::AnyIPv4), 0);
  socket.writeDatagram(data, QHostAddress::LocalHost, 7);
}

// The datagram object carries its own destination.
qint64 good_network_datagram(QUdpSocket &socket, const QNetworkDatagram &d) {
  return socket.writeDatagram(d);
}
