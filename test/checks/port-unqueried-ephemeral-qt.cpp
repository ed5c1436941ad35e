// QtNetwork (qtbase5-dev): QTcpServer::listen() binds and listens; its port
// defaults to 0, and only serverPort() tells which port the system chose.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -std=c++17 %qt5_flags -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -std=c++17 %qt5_flags -O2

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QUdpSocket>
#include <QtTest/QtTest>

bool bad_default_port() {
  QTcpServer server;
  bool listening = server.listen();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with serverPort() or localPort() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: the port argument is left out and defaults to 0
  server.close();
  return listening;
}

bool bad_port_zero(QObject *owner) {
  auto *server = new QTcpServer(owner);
  return server->listen(QHostAddress::LocalHost, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with serverPort() or localPort() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:50: note: the port is given as 0 here
}

// A server kept in a member is followed through its class: no method reads
// the port.
class Forgetful : public QObject {
public:
  bool start() {
    server_ = new QTcpServer(this);
    return server_->listen(QHostAddress::LocalHost);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with serverPort() or localPort() [port-unqueried-ephemeral]
    // CHECK-MESSAGES: :[[@LINE-2]]:21: note: the port argument is left out and defaults to 0
  }
  void stop() { server_->close(); }

private:
  QTcpServer *server_ = nullptr;
};

// A UDP socket bound to port 0 that only receives is a server nobody can
// find.
void bad_udp_receiver() {
  QUdpSocket socket;
  socket.bind(QHostAddress(QHostAddress::LocalHost));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: socket is bound to an ephemeral port (port 0) and only receives, but the assigned port is never read with serverPort() or localPort() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: the port argument is left out and defaults to 0
  char buffer[512];
  socket.readDatagram(buffer, sizeof buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the socket receives here
}

// Look-alikes that are right.

quint16 good_port_read() {
  QTcpServer server;
  server.listen(QHostAddress::LocalHost);
  return server.serverPort();
}

class Announcing : public QObject {
public:
  bool start() {
    server_ = new QTcpServer(this);
    return server_->listen(QHostAddress::LocalHost, 0);
  }
  quint16 port() const { return server_->serverPort(); }

private:
  QTcpServer *server_ = nullptr;
};

// A server of a class derived from QTcpServer reads its own port.
class Derived : public QTcpServer {
public:
  bool start() { return listen(QHostAddress::Any, 0); }
  quint16 port() const { return serverPort(); }
};

bool good_port_given(quint16 port) {
  QTcpServer server;
  return server.listen(QHostAddress::Any, port);
}

// Whoever gets the server may read its port.
bool good_handed_on(QObject *owner, void (*announce)(QTcpServer *)) {
  auto *server = new QTcpServer(owner);
  bool listening = server->listen(QHostAddress::LocalHost, 0);
  announce(server);
  return listening;
}

QTcpServer *good_returned(QObject *owner) {
  auto *server = new QTcpServer(owner);
  server->listen(QHostAddress::LocalHost);
  return server;
}

// A UDP client bound to port 0 sends: the system picks its source port.
void good_udp_client(const QByteArray &data) {
  QUdpSocket socket;
  socket.bind(QHostAddress(QHostAddress::AnyIPv4), 0);
  socket.writeDatagram(data, QHostAddress::LocalHost, 5353);
  char buffer[512];
  socket.readDatagram(buffer, sizeof buffer);
}

// A test that asserts the listen fails goes on only when nothing listens.
void good_asserted_to_fail() {
  QTcpServer server;
  QVERIFY(!server.listen(QHostAddress("192.0.2.1"), 0));
}

void good_asserted_to_fail_later() {
  QTcpServer server;
  bool listening = server.listen();
  QVERIFY(!listening);
}

// Negated in a condition is the usual success check: reported.
bool bad_checked_for_success() {
  QTcpServer server;
  if (!server.listen(QHostAddress::LocalHost))
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with serverPort() or localPort() [port-unqueried-ephemeral]
    // CHECK-MESSAGES: :[[@LINE-2]]:15: note: the port argument is left out and defaults to 0
    return false;
  server.waitForNewConnection(1000);
  return true;
}

// A project's own server class may read its port in its own methods.
class Announcer : public QTcpServer {
public:
  void incomingConnection(qintptr descriptor) override { (void)serverPort(); }
};

bool good_own_subclass() {
  Announcer server;
  return server.listen(QHostAddress::LocalHost);
}
