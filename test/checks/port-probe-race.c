// RUN: %check_port_tidy %s port-probe-race %t -- -- -O0
// RUN: %check_port_tidy %s port-probe-race %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-probe-race %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-probe-race %t -- -- -O2

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct server {
  int fd;
  unsigned short port;
};

// --- probes -----------------------------------------------------------------

// The classic: error paths close too, but only the last close hands the
// port on.
int bad_free_port_returned(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0)
    return -1;
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
    close(fd);
    return -1;
  }
  socklen_t len = sizeof sa;
  if (getsockname(fd, (struct sockaddr *)&sa, &len) < 0) {
    close(fd);
    return -1;
  }
  close(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released by close(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-6]]:7: note: keep the socket open and pass the socket itself on instead of its port
  return ntohs(sa.sin_port);
}

int bad_port_read_before_close(void) {
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 any = {.sin6_family = AF_INET6};
  bind(fd, (struct sockaddr *)&any, sizeof any);
  struct sockaddr_in6 bound;
  socklen_t len = sizeof bound;
  getsockname(fd, (struct sockaddr *)&bound, &len);
  int port = ntohs(bound.sin6_port);
  close(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released by close(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: keep the socket open and pass the socket itself on instead of its port
  return port;
}

// The caller's address object receives the port.
int bad_udp_probe_out_parameter(struct sockaddr_in *out) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  socklen_t len = sizeof *out;
  int rc = getsockname(fd, (struct sockaddr *)out, &len);
  close(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released by close(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-3]]:12: note: keep the socket open and pass the socket itself on instead of its port
  return rc;
}

void bad_port_stored(struct server *srv) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(0)};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  socklen_t len = sizeof sa;
  getsockname(fd, (struct sockaddr *)&sa, &len);
  srv->port = ntohs(sa.sin_port);
  close(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released by close(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: keep the socket open and pass the socket itself on instead of its port
}

// A helper in this file learns the port with getsockname().
static int bound_port(int sock) {
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  if (getsockname(sock, (struct sockaddr *)&sa, &len) < 0)
    return -1;
  return ntohs(sa.sin_port);
}

int bad_probe_through_helper(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  int port = bound_port(fd);
  close(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released by close(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-3]]:14: note: keep the socket open and pass the socket itself on instead of its port
  return port;
}

// One close for every path, after a cleanup label.
int bad_probe_with_cleanup_label(void) {
  int port = -1;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  socklen_t len = sizeof sa;
  sa.sin_family = AF_INET;
  if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
    goto out;
  if (getsockname(fd, (struct sockaddr *)&sa, &len) < 0)
    goto out;
  port = ntohs(sa.sin_port);
out:
  close(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released by close(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-6]]:7: note: keep the socket open and pass the socket itself on instead of its port
  return port;
}

// --- silent -----------------------------------------------------------------

int g_listener;

int good_kept_in_global(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  socklen_t len = sizeof sa;
  getsockname(fd, (struct sockaddr *)&sa, &len);
  g_listener = fd;
  return ntohs(sa.sin_port);
}

// Bound, queried and kept open: the caller binds nothing again.
int good_kept_open_returned(unsigned short *port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  socklen_t len = sizeof sa;
  getsockname(fd, (struct sockaddr *)&sa, &len);
  *port = ntohs(sa.sin_port);
  return fd;
}

void good_kept_open_stored(struct server *srv) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  socklen_t len = sizeof sa;
  getsockname(fd, (struct sockaddr *)&sa, &len);
  srv->port = ntohs(sa.sin_port);
  srv->fd = fd;
}

// A server on an ephemeral port: it serves, then closes at the end.
void good_server_serves(struct server *srv) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  socklen_t len = sizeof sa;
  getsockname(fd, (struct sockaddr *)&sa, &len);
  srv->port = ntohs(sa.sin_port);
  int client = accept(fd, NULL, NULL);
  close(client);
  close(fd);
}

// socketpair() emulation: the listener is connected to through its own port.
int good_socketpair_emulation(int pair[2]) {
  int listener = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(listener, (struct sockaddr *)&sa, sizeof sa);
  listen(listener, 1);
  socklen_t len = sizeof sa;
  getsockname(listener, (struct sockaddr *)&sa, &len);
  pair[0] = socket(AF_INET, SOCK_STREAM, 0);
  connect(pair[0], (struct sockaddr *)&sa, sizeof sa);
  pair[1] = accept(listener, NULL, NULL);
  close(listener);
  return 0;
}

void good_port_never_read(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  socklen_t len = sizeof sa;
  getsockname(fd, (struct sockaddr *)&sa, &len);
  close(fd);
}

int good_fixed_port(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(8080);
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  socklen_t len = sizeof sa;
  getsockname(fd, (struct sockaddr *)&sa, &len);
  close(fd);
  return ntohs(sa.sin_port);
}

// A client fixing its source port with bind(0) before it connects.
int good_client_source_port(const struct sockaddr_in *peer) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  socklen_t len = sizeof sa;
  getsockname(fd, (struct sockaddr *)&sa, &len);
  connect(fd, (const struct sockaddr *)peer, sizeof *peer);
  close(fd);
  return ntohs(sa.sin_port);
}
