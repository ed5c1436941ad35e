// Winsock's getaddrinfo() (GetAddrInfoA is a macro for it) and the wide
// GetAddrInfoW: with no service or the service "0" every result has port 0.
// RUN: %check_port_tidy -check-suffixes=,C %s port-zero-destination %t -- -- -O0 -isystem %inputs/winsock
// RUN: %check_port_tidy -check-suffixes=,C %s port-zero-destination %t -- -- -O2 -isystem %inputs/winsock
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O0 -isystem %inputs/winsock

#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>

int bad_connect_ansi_lookup(PCSTR host) {
  ADDRINFOA hints, *res = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  if (GetAddrInfoA(host, "0", &hints, &res) != 0)
    return -1;
  SOCKET s = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  int rc = connect(s, res->ai_addr, (int)res->ai_addrlen);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: the service "0" gives every address port 0
  closesocket(s);
  freeaddrinfo(res);
  return rc;
}

#ifndef __cplusplus
int bad_sendto_wide_lookup(PCWSTR host) {
  ADDRINFOW *res = NULL;
  if (GetAddrInfoW(host, (PCWSTR)u"0", NULL, &res) != 0)
    return -1;
  SOCKET s = WSASocketW(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  int rc = sendto(s, "x", 1, 0, res->ai_addr, (int)res->ai_addrlen);
  FreeAddrInfoW(res);
  return rc;
}
// CHECK-MESSAGES-C: :[[@LINE-4]]:12: warning: sendto() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
// CHECK-MESSAGES-C: :[[@LINE-8]]:7: note: the service "0" gives every address port 0
#endif

int good_named_service(PCSTR host) {
  ADDRINFOA *res = NULL;
  if (getaddrinfo(host, "https", NULL, &res) != 0)
    return -1;
  SOCKET s = socket(res->ai_family, SOCK_STREAM, IPPROTO_TCP);
  return connect(s, res->ai_addr, (int)res->ai_addrlen);
}

int good_port_set(PCSTR host, USHORT port) {
  ADDRINFOA *res = NULL;
  if (getaddrinfo(host, NULL, NULL, &res) != 0)
    return -1;
  ((SOCKADDR_IN *)res->ai_addr)->sin_port = htons(port);
  SOCKET s = socket(res->ai_family, SOCK_STREAM, IPPROTO_TCP);
  return connect(s, res->ai_addr, (int)res->ai_addrlen);
}
