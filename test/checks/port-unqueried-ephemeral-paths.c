// How facts reach a bind(): through branches that join (no loop: one pass),
// around loops (iterated to a fixpoint), and how a bind is decided by the
// uses that follow it, however far away the deciding one is.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O2

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int bad_zero_on_both_branches(int wildcard) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  if (wildcard)
    sa.sin_addr.s_addr = htonl(INADDR_ANY);
  else
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-8]]:3: note: the port is zeroed here and never set
  listen(fd, 8);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:17: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}

int good_port_set_on_one_branch(int fixed) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  if (fixed)
    sa.sin_port = htons(8080);
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 8);
  return accept(fd, NULL, NULL);
}

// The first attempt binds port 0, later ones a fixed port: only a fixpoint
// over the loop sees that the port at bind() is not always 0.
int good_port_set_on_later_iterations(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  for (int tries = 0; tries < 3; ++tries) {
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) == 0)
      break;
    sa.sin_port = htons(8000 + tries);
  }
  listen(fd, 8);
  return accept(fd, NULL, NULL);
}

int bad_zero_on_every_iteration(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  for (int tries = 0; tries < 3; ++tries) {
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) == 0)
      break;
    // CHECK-NOTES: :[[@LINE-2]]:9: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
    // CHECK-NOTES: :[[@LINE-6]]:3: note: the port is zeroed here and never set
    sleep(1);
  }
  listen(fd, 8);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:17: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}

// The query comes long after listen() and other calls: the walk over what
// follows the bind must not stop at the first use it meets.
int good_queried_after_many_calls(int backlog) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  int on = 1;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, backlog);
  setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
  if (backlog > 16)
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  else
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &backlog, sizeof backlog);
  getsockname(fd, (struct sockaddr *)&sa, &len);
  return ntohs(sa.sin_port);
}

// Each socket of the function is decided on its own: the first one's
// query does not excuse the second.
int bad_second_socket_of_two(void) {
  int first = socket(AF_INET, SOCK_STREAM, 0);
  int second = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  bind(first, (struct sockaddr *)&sa, sizeof sa);
  listen(first, 8);
  getsockname(first, (struct sockaddr *)&sa, &len);
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  bind(second, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: the port is zeroed here and never set
  listen(second, 8);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:21: note: read the assigned port with getsockname()
  return accept(second, NULL, NULL) + accept(first, NULL, NULL);
}
