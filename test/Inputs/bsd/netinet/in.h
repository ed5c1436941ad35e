/* Stand-in for macOS's <netinet/in.h>: sin_len and sin6_len come first. */
#ifndef PORTTIDY_BSD_NETINET_IN_H
#define PORTTIDY_BSD_NETINET_IN_H

#include <sys/socket.h>
#include <sys/_endian.h>

typedef __uint16_t in_port_t;
typedef __uint32_t in_addr_t;

struct in_addr {
  in_addr_t s_addr;
};

struct sockaddr_in {
  __uint8_t sin_len;
  sa_family_t sin_family;
  in_port_t sin_port;
  struct in_addr sin_addr;
  char sin_zero[8];
};

struct in6_addr {
  union {
    __uint8_t __u6_addr8[16];
    __uint32_t __u6_addr32[4];
  } __u6_addr;
};

struct sockaddr_in6 {
  __uint8_t sin6_len;
  sa_family_t sin6_family;
  in_port_t sin6_port;
  __uint32_t sin6_flowinfo;
  struct in6_addr sin6_addr;
  __uint32_t sin6_scope_id;
};

#define INADDR_ANY (in_addr_t)0x00000000
#define INADDR_LOOPBACK (in_addr_t)0x7f000001

#define IPPROTO_IP 0
#define IPPROTO_ICMP 1
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define IPPROTO_ICMPV6 58
#define IPPROTO_RAW 255

#endif
