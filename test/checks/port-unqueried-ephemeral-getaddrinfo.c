// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O2

// A passive getaddrinfo() lookup with no service, or the service "0", gives
// the wildcard address with port 0: binding it asks for an ephemeral port.

#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int bad_passive_service_zero_listens(void) {
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET6;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  if (getaddrinfo(NULL, "0", &hints, &res))
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  bind(fd, res->ai_addr, res->ai_addrlen);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-5]]:7: note: the service "0" gives every address port 0
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  freeaddrinfo(res);
  return accept(fd, NULL, NULL);
}

int bad_passive_no_service_in_loop(const char *node) {
  struct addrinfo hints = {.ai_flags = AI_PASSIVE, .ai_socktype = SOCK_STREAM};
  struct addrinfo *res, *ai;
  int fd = -1;
  if (getaddrinfo(node, NULL, &hints, &res))
    return -1;
  for (ai = res; ai; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0)
      continue;
    if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0)
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
    // CHECK-NOTES: :[[@LINE-8]]:7: note: getaddrinfo() is given no service here; every address it returns has port 0
      break;
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  if (fd < 0 || listen(fd, SOMAXCONN) < 0)
  // CHECK-NOTES: :[[@LINE-1]]:17: note: the socket listens here
    return -1;
  return accept(fd, NULL, NULL);
}

int bad_udp_receiver(char *buf, size_t len) {
  struct addrinfo hints = {.ai_flags = AI_PASSIVE, .ai_family = AF_INET,
                           .ai_socktype = SOCK_DGRAM};
  struct addrinfo *res;
  if (getaddrinfo(NULL, "0", &hints, &res))
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, 0);
  bind(fd, res->ai_addr, res->ai_addrlen);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and only receives, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-5]]:7: note: the service "0" gives every address port 0
  freeaddrinfo(res);
  return (int)recv(fd, buf, len, 0);
  // CHECK-NOTES: :[[@LINE-1]]:15: note: the socket receives here
}

// --- silent -----------------------------------------------------------------

int good_port_read_back(struct sockaddr_storage *local) {
  struct addrinfo hints = {.ai_flags = AI_PASSIVE, .ai_socktype = SOCK_STREAM};
  struct addrinfo *res;
  if (getaddrinfo(NULL, "0", &hints, &res))
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  bind(fd, res->ai_addr, res->ai_addrlen);
  listen(fd, 16);
  socklen_t len = sizeof *local;
  getsockname(fd, (struct sockaddr *)local, &len);
  freeaddrinfo(res);
  return accept(fd, NULL, NULL);
}

int good_service_names_port(void) {
  struct addrinfo hints = {.ai_flags = AI_PASSIVE, .ai_socktype = SOCK_STREAM};
  struct addrinfo *res;
  if (getaddrinfo(NULL, "8080", &hints, &res))
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  bind(fd, res->ai_addr, res->ai_addrlen);
  listen(fd, 16);
  freeaddrinfo(res);
  return accept(fd, NULL, NULL);
}

// A client binds port 0 only to choose its source address, then connects.
int good_client_source_address(const char *local_host, const struct sockaddr *peer,
                               socklen_t peer_len) {
  struct addrinfo hints = {.ai_socktype = SOCK_STREAM};
  struct addrinfo *res;
  if (getaddrinfo(local_host, NULL, &hints, &res))
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  bind(fd, res->ai_addr, res->ai_addrlen);
  freeaddrinfo(res);
  return connect(fd, peer, peer_len);
}

int good_port_set_before_bind(unsigned short port) {
  struct addrinfo hints = {.ai_flags = AI_PASSIVE, .ai_family = AF_INET,
                           .ai_socktype = SOCK_STREAM};
  struct addrinfo *res;
  if (getaddrinfo(NULL, "0", &hints, &res))
    return -1;
  ((struct sockaddr_in *)res->ai_addr)->sin_port = htons(port);
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  bind(fd, res->ai_addr, res->ai_addrlen);
  listen(fd, 16);
  freeaddrinfo(res);
  return accept(fd, NULL, NULL);
}
