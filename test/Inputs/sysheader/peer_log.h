/* A library header (included with -isystem) that reads ports itself: its
   code is not the user's to fix, its macros are the user's to use. */
#ifndef PORTTIDY_PEER_LOG_H
#define PORTTIDY_PEER_LOG_H
#include <netinet/in.h>
#include <stdio.h>

static inline void peer_log_raw(const struct sockaddr_in *sa) {
  printf("raw port field %u\n", sa->sin_port);
}

#define PEER_LOG_PORT(sa) ((sa)->sin_port)

#endif
