/* Connecting to the upstream server. */
#include "relay.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Correct: getaddrinfo fills in the port from the service string, and every
 * address is tried in turn. */
int upstream_connect(const char *host, const char *service) {
  struct addrinfo hints, *list, *ai;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, service, &hints, &list) != 0)
    return -1;

  int fd = -1;
  for (ai = list; ai != NULL; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0)
      continue;
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
      break;
    close(fd);
    fd = -1;
  }
  freeaddrinfo(list);
  return fd;
}

/* When name resolution is down, fall back to the relay sidecar on this host.
 * BUG (port-zero-destination): the initialiser sets the family and the
 * address but forgets .sin_port, so the port is 0 and connect() always fails.
 * It needs .sin_port = htons(port). */
int upstream_connect_local(void) {
  struct sockaddr_in addr = {
      .sin_family = AF_INET,
      .sin_addr.s_addr = htonl(INADDR_LOOPBACK),
  };
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0)
    return -1;
  if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}
