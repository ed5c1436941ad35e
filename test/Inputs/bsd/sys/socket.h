/* Stand-in for macOS's <sys/socket.h>: BSD addresses start with a length
   byte (sa_len, ss_len) and the family is one byte. AF_INET6 is 30. */
#ifndef PORTTIDY_BSD_SYS_SOCKET_H
#define PORTTIDY_BSD_SYS_SOCKET_H

#include <sys/_bsd_types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef __uint8_t sa_family_t;
typedef __uint32_t socklen_t;

struct sockaddr {
  __uint8_t sa_len;
  sa_family_t sa_family;
  char sa_data[14];
};

struct sockaddr_storage {
  __uint8_t ss_len;
  sa_family_t ss_family;
  char __ss_pad1[6];
  long long __ss_align;
  char __ss_pad2[112];
};

#define AF_UNSPEC 0
#define AF_UNIX 1
#define AF_INET 2
#define AF_INET6 30

#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3

int socket(int domain, int type, int protocol);
int bind(int socket, const struct sockaddr *address, socklen_t address_len);
int connect(int socket, const struct sockaddr *address, socklen_t address_len);
int listen(int socket, int backlog);
int accept(int socket, struct sockaddr *address, socklen_t *address_len);
int getsockname(int socket, struct sockaddr *address, socklen_t *address_len);
long sendto(int socket, const void *buffer, unsigned long length, int flags,
            const struct sockaddr *dest_addr, socklen_t dest_len);
long recvfrom(int socket, void *buffer, unsigned long length, int flags,
              struct sockaddr *address, socklen_t *address_len);

#ifdef __cplusplus
}
#endif

#endif
