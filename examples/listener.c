/* Listening sockets: the relay itself, an admin port and a debug port. */
#include "relay.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int listen_on(struct sockaddr_in *addr) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0)
    return -1;
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(fd, (struct sockaddr *)addr, sizeof *addr) != 0 || listen(fd, 16) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

/* Correct: port 0 asks the kernel for a free port, and getsockname() tells
 * us which one we got, so it can be printed for clients. */
int listener_open(uint16_t port_be, uint16_t *bound_port) {
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  addr.sin_port = port_be;
  int fd = listen_on(&addr);
  if (fd < 0)
    return -1;

  socklen_t len = sizeof addr;
  if (getsockname(fd, (struct sockaddr *)&addr, &len) != 0) {
    close(fd);
    return -1;
  }
  *bound_port = addr.sin_port;
  return fd;
}

/* BUG (port-byte-order): 8080 is stored in host byte order; on a
 * little-endian machine the socket listens on port 36895. Use htons(8080). */
int admin_listener_open(void) {
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 8080;
  return listen_on(&addr);
}

/* BUG (port-unqueried-ephemeral): the kernel picks the port, but nobody ever
 * asks which one, so no client can find this status server. Read it back with
 * getsockname() and print it, or bind a configured port. */
void debug_status_serve(int connections) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 ||
      listen(fd, 4) != 0)
    return;
  for (int i = 0; i < connections; ++i) {
    int client = accept(fd, NULL, NULL);
    if (client < 0)
      break;
    static const char status[] = "relayd: ok\n";
    if (write(client, status, sizeof status - 1) < 0)
      perror("debug status");
    close(client);
  }
  close(fd);
}
