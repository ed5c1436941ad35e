/* Stand-in for macOS's <arpa/inet.h>. */
#ifndef PORTTIDY_BSD_ARPA_INET_H
#define PORTTIDY_BSD_ARPA_INET_H

#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif
int inet_pton(int af, const char *src, void *dst);
#ifdef __cplusplus
}
#endif

#endif
