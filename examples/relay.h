/* relayd: the pieces main.c wires together. */
#ifndef RELAYD_RELAY_H
#define RELAYD_RELAY_H

#include <netinet/in.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* upstream.c */
int upstream_connect(const char *host, const char *service);
int upstream_connect_local(void);

/* listener.c */
int listener_open(uint16_t port_be, uint16_t *bound_port);
int admin_listener_open(void);
void debug_status_serve(int connections);

/* metrics.c */
int metrics_local_address(const char *collector, struct in_addr *out);
int metrics_send(const char *collector, const char *line);

/* workers.cpp */
int workers_start(int count);

#ifdef __cplusplus
}
#endif

#endif
