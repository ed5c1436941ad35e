/* Upstream health checks with ICMP echo, on a raw socket opened once at start
 * and kept in the prober's state. */
#include "relay.h"

#include <arpa/inet.h>
#include <netinet/ip_icmp.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct prober {
  int icmp_fd;
  uint16_t sequence;
};

int prober_open(struct prober *p) {
  p->icmp_fd = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_ICMP);
  p->sequence = 0;
  return p->icmp_fd < 0 ? -1 : 0;
}

/* BUG (port-raw-socket): ICMP has no ports; the kernel ignores sin_port on a
 * raw socket, so "probing port 7" here only looks like it checks the echo
 * service. The probe is an ICMP echo request whatever the port says. */
int prober_send(struct prober *p, const char *host) {
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(7);
  if (inet_pton(AF_INET, host, &to.sin_addr) != 1)
    return -1;

  struct icmphdr echo;
  memset(&echo, 0, sizeof echo);
  echo.type = ICMP_ECHO;
  echo.un.echo.sequence = htons(++p->sequence);
  return sendto(p->icmp_fd, &echo, sizeof echo, 0, (struct sockaddr *)&to,
                sizeof to) < 0
             ? -1
             : 0;
}

void prober_close(struct prober *p) { close(p->icmp_fd); }
