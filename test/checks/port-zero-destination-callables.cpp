// Each call is judged with the facts of the function, lambda or local class
// method it is written in, however those nest or sit side by side (the
// checks find the enclosing callable without the AST's parent map).
// RUN: %check_port_tidy %s port-zero-destination,port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination,port-byte-order %t -- -- -O2

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

template <typename F> int run(F f, int r) { return f() + r; }

// The lambda is an argument next to a call of the outer function: the finder
// meets the lambda, then that call, then the lambda's body.
int lambda_beside_a_call() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in good = {};
  good.sin_family = AF_INET;
  good.sin_port = htons(80);
  return run(
      [] {
        int inner = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in sa = {};
        sa.sin_family = AF_INET;
        return connect(inner, (sockaddr *)&sa, sizeof sa);
        // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
        // CHECK-MESSAGES: :[[@LINE-4]]:26: note: the port is 0 from this initializer
      },
      connect(fd, (sockaddr *)&good, sizeof good));
}

// After a lambda, the outer function's own calls are its own again.
int call_after_lambda() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa = {};
  sa.sin_family = AF_INET;
  auto port80 = [] {
    sockaddr_in other = {};
    other.sin_family = AF_INET;
    other.sin_port = htons(80);
    int inner = socket(AF_INET, SOCK_STREAM, 0);
    return connect(inner, (sockaddr *)&other, sizeof other);
  };
  port80();
  return connect(fd, (sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-12]]:20: note: the port is 0 from this initializer
}

// Nested lambdas, and a port stored in host order in the innermost one.
void nested_lambdas() {
  auto outer = [] {
    auto inner = [] {
      sockaddr_in sa = {};
      sa.sin_port = 8080;
      // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
      // CHECK-FIXES: sa.sin_port = htons(8080);
      return sa.sin_port;
    };
    return inner();
  };
  outer();
}

// A method of a local class is a function of its own.
int local_class_method() {
  struct Client {
    int open() {
      int fd = socket(AF_INET, SOCK_STREAM, 0);
      sockaddr_in sa = {};
      sa.sin_family = AF_INET;
      return connect(fd, (sockaddr *)&sa, sizeof sa);
      // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
      // CHECK-MESSAGES: :[[@LINE-4]]:24: note: the port is 0 from this initializer
    }
  };
  sockaddr_in sa = {};
  sa.sin_port = htons(443);
  return Client().open();
}

// Defined by a macro: the whole function is one expansion.
#define DEFINE_DIALER(name)                                                    \
  int name() {                                                                 \
    int fd = socket(AF_INET, SOCK_STREAM, 0);                                  \
    sockaddr_in sa = {};                                                       \
    sa.sin_family = AF_INET;                                                   \
    sa.sin_port = htons(7);                                                    \
    return connect(fd, (sockaddr *)&sa, sizeof sa);                            \
  }
DEFINE_DIALER(dial_echo)
DEFINE_DIALER(dial_echo_again)

// Outside any function nothing is analysed, and nothing breaks.
static const int global_fd = socket(AF_INET, SOCK_DGRAM, 0);
static sockaddr_in global_sa = {};
static int global_connect =
    connect(global_fd, (sockaddr *)&global_sa, sizeof global_sa);

// Member functions of a class template, instantiated twice: each call is
// judged in its own instantiation, with the same result.
template <typename T> struct Dialer {
  int dial() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in sa = {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(sizeof(T));
    return connect(fd, (sockaddr *)&sa, sizeof sa);
  }
};
int dial_both() { return Dialer<int>().dial() + Dialer<char>().dial(); }
