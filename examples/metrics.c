/* Fire-and-forget metrics over UDP, statsd style. */
#include "relay.h"

#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Correct: connect() on a UDP socket sends nothing; with port 0 it just asks
 * the kernel for the route, and getsockname() reports the local address that
 * route would use. */
int metrics_local_address(const char *collector, struct in_addr *out) {
  struct sockaddr_in probe;
  memset(&probe, 0, sizeof probe);
  probe.sin_family = AF_INET;
  if (inet_pton(AF_INET, collector, &probe.sin_addr) != 1)
    return -1;

  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0)
    return -1;
  struct sockaddr_in local;
  socklen_t len = sizeof local;
  int rc = -1;
  if (connect(fd, (struct sockaddr *)&probe, sizeof probe) == 0 &&
      getsockname(fd, (struct sockaddr *)&local, &len) == 0) {
    *out = local.sin_addr;
    rc = 0;
  }
  close(fd);
  return rc;
}

/* BUG (port-zero-destination): the collector address is zeroed and given an
 * IP, but its port is never set; sendto() port 0 fails with EINVAL and every
 * metric is silently dropped. The collector listens on htons(8125). */
int metrics_send(const char *collector, const char *line) {
  struct sockaddr_in dest;
  memset(&dest, 0, sizeof dest);
  dest.sin_family = AF_INET;
  dest.sin_addr.s_addr = inet_addr(collector);

  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0)
    return -1;
  ssize_t sent = sendto(fd, line, strlen(line), 0, (struct sockaddr *)&dest, sizeof dest);
  close(fd);
  return sent < 0 ? -1 : 0;
}
