// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O2

// getaddrinfo() with no service, or the service "0", returns addresses
// whose port is 0: a destination only once a port is stored into them.

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define NO_PORT "0"
static const char *const kAnyService = "0";

// --- the usual loop over the results ----------------------------------------

int bad_connect_loop_without_service(const char *host) {
  struct addrinfo hints, *res, *ai;
  int fd = -1;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, NULL, &hints, &res) != 0)
    return -1;
  for (ai = res; ai != NULL; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0)
      continue;
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
    // CHECK-MESSAGES: :[[@LINE-8]]:7: note: getaddrinfo() is given no service here; every address it returns has port 0
      break;
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

int bad_connect_first_result_service_zero(const char *host) {
  struct addrinfo hints = {0};
  struct addrinfo *res;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, "0", &hints, &res))
    return -1;
  int fd = socket(res->ai_family, SOCK_STREAM, 0);
  int rc = connect(fd, res->ai_addr, res->ai_addrlen);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: the service "0" gives every address port 0
  freeaddrinfo(res);
  return rc;
}

int bad_sendto_macro_service(int fd, const char *host) {
  struct addrinfo *res;
  if (getaddrinfo(host, NO_PORT, NULL, &res))
    return -1;
  int rc = (int)sendto(fd, "x", 1, 0, res->ai_addr, res->ai_addrlen);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: sendto() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: the service "0" gives every address port 0
  freeaddrinfo(res);
  return rc;
}

int bad_sendto_constant_service_udp(const char *host) {
  struct addrinfo hints = {.ai_family = AF_INET, .ai_socktype = SOCK_DGRAM};
  struct addrinfo *res;
  if (getaddrinfo(host, kAnyService, &hints, &res))
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  int rc = (int)sendto(fd, "x", 1, 0, res->ai_addr, res->ai_addrlen);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: sendto() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: the service "0" gives every address port 0
  freeaddrinfo(res);
  return rc;
}

// Copied into a local address: the copy has port 0 too.
int bad_connect_copy(const char *host) {
  struct addrinfo *res;
  struct sockaddr_storage ss;
  if (getaddrinfo(host, NULL, NULL, &res))
    return -1;
  memcpy(&ss, res->ai_addr, res->ai_addrlen);
  freeaddrinfo(res);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(fd, (struct sockaddr *)&ss, sizeof ss);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-7]]:7: note: getaddrinfo() is given no service here; every address it returns has port 0
}

int bad_sendmsg_to_result(int fd, const char *host) {
  struct addrinfo *res;
  if (getaddrinfo(host, "00", NULL, &res))
    return -1;
  struct msghdr msg;
  memset(&msg, 0, sizeof msg);
  msg.msg_name = res->ai_addr;
  msg.msg_namelen = res->ai_addrlen;
  return (int)sendmsg(fd, &msg, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: sendmsg() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-8]]:7: note: the service "0" gives every address port 0
}

// A local that keeps its initializer is that service.
int bad_service_from_unchanged_local(const char *host) {
  const char *service = NULL;
  struct addrinfo *res;
  if (getaddrinfo(host, service, NULL, &res))
    return -1;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(fd, res->ai_addr, res->ai_addrlen);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: getaddrinfo() is given no service here; every address it returns has port 0
}

// --- silent: a service that names a port ------------------------------------

int good_numeric_service(const char *host) {
  struct addrinfo *res;
  if (getaddrinfo(host, "443", NULL, &res))
    return -1;
  int fd = socket(res->ai_family, SOCK_STREAM, 0);
  return connect(fd, res->ai_addr, res->ai_addrlen);
}

int good_named_service(const char *host) {
  struct addrinfo *res;
  if (getaddrinfo(host, "http", NULL, &res))
    return -1;
  int fd = socket(res->ai_family, SOCK_STREAM, 0);
  return connect(fd, res->ai_addr, res->ai_addrlen);
}

int good_service_from_caller(const char *host, const char *service) {
  struct addrinfo *res;
  if (getaddrinfo(host, service, NULL, &res))
    return -1;
  int fd = socket(res->ai_family, SOCK_STREAM, 0);
  return connect(fd, res->ai_addr, res->ai_addrlen);
}

int good_service_local_reassigned(const char *host, const char *port) {
  const char *service = "0";
  if (port)
    service = port;
  struct addrinfo *res;
  if (getaddrinfo(host, service, NULL, &res))
    return -1;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(fd, res->ai_addr, res->ai_addrlen);
}

// --- silent: the port is stored before the address is used -----------------

int good_port_set_through_cast(const char *host, unsigned short port) {
  struct addrinfo *res, *ai;
  int fd = -1;
  if (getaddrinfo(host, NULL, NULL, &res))
    return -1;
  for (ai = res; ai; ai = ai->ai_next) {
    ((struct sockaddr_in *)ai->ai_addr)->sin_port = htons(port);
    fd = socket(ai->ai_family, SOCK_STREAM, 0);
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
      break;
  }
  return fd;
}

int good_port_set_through_alias(const char *host) {
  struct addrinfo *res;
  if (getaddrinfo(host, NULL, NULL, &res))
    return -1;
  struct sockaddr_in *sin = (struct sockaddr_in *)res->ai_addr;
  sin->sin_port = htons(8080);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(fd, res->ai_addr, res->ai_addrlen);
}

int good_port_set_per_family(const char *host, unsigned short port) {
  struct addrinfo *res;
  if (getaddrinfo(host, NULL, NULL, &res))
    return -1;
  if (res->ai_family == AF_INET)
    ((struct sockaddr_in *)res->ai_addr)->sin_port = htons(port);
  else
    ((struct sockaddr_in6 *)res->ai_addr)->sin6_port = htons(port);
  int fd = socket(res->ai_family, SOCK_STREAM, 0);
  return connect(fd, res->ai_addr, res->ai_addrlen);
}

int good_port_set_in_copy(const char *host) {
  struct addrinfo *res;
  struct sockaddr_in sa;
  if (getaddrinfo(host, "0", NULL, &res))
    return -1;
  memcpy(&sa, res->ai_addr, sizeof sa);
  sa.sin_port = htons(53);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  return (int)sendto(fd, "x", 1, 0, (struct sockaddr *)&sa, sizeof sa);
}

void set_port_somewhere(struct sockaddr *sa, unsigned short port);

int good_port_set_by_unknown_function(const char *host) {
  struct addrinfo *res;
  if (getaddrinfo(host, NULL, NULL, &res))
    return -1;
  set_port_somewhere(res->ai_addr, 443);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(fd, res->ai_addr, res->ai_addrlen);
}

void adjust_result(struct addrinfo *ai);

int good_result_handed_to_unknown_function(const char *host) {
  struct addrinfo *res;
  if (getaddrinfo(host, NULL, NULL, &res))
    return -1;
  adjust_result(res);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(fd, res->ai_addr, res->ai_addrlen);
}

// --- silent: port 0 is right for the socket ---------------------------------

// A UDP connect() to port 0 only picks a route; getsockname() reads the
// source address it chose.
int good_route_lookup(const char *host, struct sockaddr_storage *local) {
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_DGRAM;
  if (getaddrinfo(host, NULL, &hints, &res))
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  socklen_t len = sizeof *local;
  if (connect(fd, res->ai_addr, res->ai_addrlen) == 0)
    getsockname(fd, (struct sockaddr *)local, &len);
  close(fd);
  freeaddrinfo(res);
  return 0;
}

// ICMP has no ports: the result's type and protocol come from the hints.
int good_icmp_echo(const char *host) {
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_RAW;
  hints.ai_protocol = IPPROTO_ICMP;
  if (getaddrinfo(host, NULL, &hints, &res))
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  return (int)sendto(fd, "x", 1, 0, res->ai_addr, res->ai_addrlen);
}

int good_ping_socket(const char *host) {
  struct addrinfo hints = {.ai_family = AF_INET, .ai_socktype = SOCK_DGRAM,
                           .ai_protocol = IPPROTO_ICMP};
  struct addrinfo *res;
  if (getaddrinfo(host, NULL, &hints, &res))
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  return (int)sendto(fd, "x", 1, 0, res->ai_addr, res->ai_addrlen);
}

int good_raw_socket_literal(const char *host) {
  struct addrinfo *res;
  if (getaddrinfo(host, NULL, NULL, &res))
    return -1;
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  return (int)sendto(fd, "x", 1, 0, res->ai_addr, res->ai_addrlen);
}

// --- a helper's own finding is reported once, inside the helper -------------

static int try_connect(const char *host, int *sock) {
  struct addrinfo hints, *res, *ai;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, NULL, &hints, &res))
    return -1;
  for (ai = res; ai; ai = ai->ai_next) {
    *sock = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (connect(*sock, ai->ai_addr, ai->ai_addrlen) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
    // CHECK-MESSAGES: :[[@LINE-6]]:7: note: getaddrinfo() is given no service here; every address it returns has port 0
      break;
    close(*sock);
  }
  freeaddrinfo(res);
  return ai ? 0 : -1;
}

int caller_of_connecting_helper(const char *host) {
  int sock = -1;
  if (try_connect(host, &sock) != 0)
    return -1;
  return sock;
}
