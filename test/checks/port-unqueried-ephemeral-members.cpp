// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2

// A socket kept in a data member is followed through the class: its
// methods defined here are read together.

#include <asio.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using asio::ip::tcp;

class Listener {
public:
  Listener() : fd_(socket(AF_INET, SOCK_STREAM, 0)) {}
  ~Listener() { close(fd_); }
  void start() {
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    bind(fd_, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: the port is 0 from this initializer
    listen(fd_, 16);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the socket listens here
  }
  void serveOne() { close(accept(fd_, nullptr, nullptr)); }

private:
  int fd_;
};

// The port is read in a port() method.
class QueriedListener {
public:
  void start() {
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    bind(fd_, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    listen(fd_, 16);
  }
  unsigned short port() const {
    sockaddr_in sa{};
    socklen_t len = sizeof sa;
    getsockname(fd_, reinterpret_cast<sockaddr *>(&sa), &len);
    return ntohs(sa.sin_port);
  }

private:
  int fd_ = -1;
};

// An accessor hands the descriptor out: whoever has it may ask.
class ExposedListener {
public:
  void start() {
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    bind(fd_, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    listen(fd_, 16);
  }
  int descriptor() const { return fd_; }

private:
  int fd_ = socket(AF_INET, SOCK_STREAM, 0);
};

// A public member, or a method defined in another file, may use it too.
struct OpenListener {
  void start() {
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    listen(fd, 16);
  }
  int fd = socket(AF_INET, SOCK_STREAM, 0);
};

class SplitListener {
public:
  void start() {
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    bind(fd_, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    listen(fd_, 16);
  }
  unsigned short port() const; // in another file

private:
  int fd_ = socket(AF_INET, SOCK_STREAM, 0);
};

// A helper method learns the port; so does a lambda in a method.
class HelperQueried {
public:
  void start() {
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    bind(fd_, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    listen(fd_, 16);
    announce();
  }

private:
  void announce() {
    auto report = [this] {
      sockaddr_in sa{};
      socklen_t len = sizeof sa;
      getsockname(fd_, reinterpret_cast<sockaddr *>(&sa), &len);
    };
    report();
  }
  int fd_ = socket(AF_INET, SOCK_STREAM, 0);
};

// asio acceptors held as members.
class AsioServer {
public:
  explicit AsioServer(asio::io_context &io)
      : acceptor_(io, tcp::endpoint(tcp::v4(), 0)) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with local_endpoint() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:48: note: the port is given as 0 here
  void run() {
    acceptor_.async_accept([this](const asio::error_code &, tcp::socket) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the socket accepts connections here
      run();
    });
  }

private:
  tcp::acceptor acceptor_;
};

class AsioQueriedServer {
public:
  explicit AsioQueriedServer(asio::io_context &io)
      : acceptor_(io, tcp::endpoint(tcp::v4(), 0)) {}
  void run() {
    acceptor_.async_accept([this](const asio::error_code &, tcp::socket) { run(); });
  }
  unsigned short port() const { return acceptor_.local_endpoint().port(); }

private:
  tcp::acceptor acceptor_;
};

class AsioExposedServer {
public:
  explicit AsioExposedServer(asio::io_context &io)
      : acceptor_(io, tcp::endpoint(tcp::v4(), 0)) {}
  tcp::acceptor &acceptor() { return acceptor_; }

private:
  tcp::acceptor acceptor_;
};
