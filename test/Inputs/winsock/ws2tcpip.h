/* Stand-in for the Windows SDK's <ws2tcpip.h> (with the parts of
   <ws2ipdef.h> it includes): IPv6 addresses, socklen_t and InetPton, as the
   SDK declares them. InetPtonA is a macro for inet_pton there too. */
#ifndef PORTTIDY_WS2TCPIP_H
#define PORTTIDY_WS2TCPIP_H

#include <stddef.h>
#include <winsock2.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int socklen_t;
typedef const CHAR *PCSTR;
typedef CHAR *PSTR;
typedef const WCHAR *PCWSTR;
typedef WCHAR *PWSTR;
typedef void *PVOID;

typedef struct in6_addr {
  union {
    UCHAR Byte[16];
    USHORT Word[8];
  } u;
} IN6_ADDR, *PIN6_ADDR;

typedef struct sockaddr_in6 {
  ADDRESS_FAMILY sin6_family;
  USHORT sin6_port;
  ULONG sin6_flowinfo;
  IN6_ADDR sin6_addr;
  union {
    ULONG sin6_scope_id;
  };
} SOCKADDR_IN6_LH, *PSOCKADDR_IN6_LH;
typedef SOCKADDR_IN6_LH SOCKADDR_IN6;
typedef SOCKADDR_IN6_LH *PSOCKADDR_IN6;

typedef union _SOCKADDR_INET {
  SOCKADDR_IN Ipv4;
  SOCKADDR_IN6 Ipv6;
  ADDRESS_FAMILY si_family;
} SOCKADDR_INET, *PSOCKADDR_INET;

/* The port of a SOCKADDR_STORAGE holding an IPv4 or IPv6 address. */
#define SS_PORT(ssp) (((PSOCKADDR_IN)(ssp))->sin_port)

#define AI_PASSIVE 0x01

typedef struct addrinfo {
  int ai_flags;
  int ai_family;
  int ai_socktype;
  int ai_protocol;
  size_t ai_addrlen;
  char *ai_canonname;
  struct sockaddr *ai_addr;
  struct addrinfo *ai_next;
} ADDRINFOA, *PADDRINFOA;

typedef struct addrinfoW {
  int ai_flags;
  int ai_family;
  int ai_socktype;
  int ai_protocol;
  size_t ai_addrlen;
  PWSTR ai_canonname;
  struct sockaddr *ai_addr;
  struct addrinfoW *ai_next;
} ADDRINFOW, *PADDRINFOW;

INT WSAAPI getaddrinfo(PCSTR pNodeName, PCSTR pServiceName,
                       const ADDRINFOA *pHints, PADDRINFOA *ppResult);
INT WSAAPI GetAddrInfoW(PCWSTR pNodeName, PCWSTR pServiceName,
                        const ADDRINFOW *pHints, PADDRINFOW *ppResult);
void WSAAPI freeaddrinfo(PADDRINFOA pAddrInfo);
void WSAAPI FreeAddrInfoW(PADDRINFOW pAddrInfo);
#define GetAddrInfoA getaddrinfo

INT WSAAPI inet_pton(INT Family, PCSTR pszAddrString, PVOID pAddrBuf);
INT WSAAPI InetPtonW(INT Family, PCWSTR pszAddrString, PVOID pAddrBuf);
PCSTR WSAAPI inet_ntop(INT Family, const void *pAddr, PSTR pStringBuf,
                       unsigned long long StringBufSize);
#define InetPtonA inet_pton
#define InetNtopA inet_ntop
#ifdef UNICODE
#define InetPton InetPtonW
#else
#define InetPton InetPtonA
#endif

#ifdef __cplusplus
}
#endif

#endif /* PORTTIDY_WS2TCPIP_H */
