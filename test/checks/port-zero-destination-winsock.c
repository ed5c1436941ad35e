// Winsock: WSASocketW()/WSASocketA() create sockets, WSAConnect() connects
// and WSASendTo() sends to argument 5; SOCKADDR_IN is struct sockaddr_in.
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0 -isystem %inputs/winsock
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2 -isystem %inputs/winsock
// RUN: %check_port_tidy -lang=c++ -check-suffixes=,CXX %s port-zero-destination %t -- -- -O0 -isystem %inputs/winsock

#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>

int bad_wsaconnect_port_never_set(const char *host) {
  SOCKET s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0,
                        WSA_FLAG_OVERLAPPED);
  if (s == INVALID_SOCKET)
    return -1;
  SOCKADDR_IN sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  InetPtonA(AF_INET, host, &sa.sin_addr);
  return WSAConnect(s, (SOCKADDR *)&sa, sizeof sa, NULL, NULL, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: WSAConnect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: the port is zeroed here and never set
}

int bad_connect_ipv6_family(void) {
  SOCKET s = WSASocket(AF_INET6, SOCK_STREAM, 0, NULL, 0, 0);
  SOCKADDR_IN6 sa6 = {0};
  sa6.sin6_family = AF_INET6;
  return connect(s, (PSOCKADDR)&sa6, sizeof sa6);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: the port is 0 from this initializer
}

int bad_wsasendto_port_never_set(WSABUF *buf) {
  SOCKET s = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  SOCKADDR_STORAGE to;
  memset(&to, 0, sizeof to);
  ((SOCKADDR_IN *)&to)->sin_family = AF_INET;
  DWORD sent = 0;
  return WSASendTo(s, buf, 1, &sent, 0, (const SOCKADDR *)&to, sizeof to, NULL,
                   NULL);
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: WSASendTo() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: the port is zeroed here and never set
}

#ifdef __cplusplus
// InetPtonW() touches only the address bytes: the member address stays
// followed across it.
struct Client {
  SOCKADDR_IN Addr;
  SOCKET Sock;
  int dial(const WCHAR *Host) {
    Sock = socket(AF_INET, SOCK_STREAM, 0);
    memset(&Addr, 0, sizeof Addr);
    Addr.sin_family = AF_INET;
    InetPtonW(AF_INET, Host, &Addr.sin_addr);
    return connect(Sock, (SOCKADDR *)&Addr, sizeof Addr);
    // CHECK-MESSAGES-CXX: :[[@LINE-1]]:12: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
    // CHECK-MESSAGES-CXX: :[[@LINE-5]]:5: note: the port is zeroed here and never set
  }
};
#endif

// --- silent -----------------------------------------------------------------

int good_wsaconnect_port_set(const char *host, u_short port) {
  SOCKET s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, 0);
  SOCKADDR_IN sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  InetPtonA(AF_INET, host, &sa.sin_addr);
  return WSAConnect(s, (SOCKADDR *)&sa, sizeof sa, NULL, NULL, NULL, NULL);
}

int good_port_from_wsahtons(WSABUF *buf, u_short port) {
  SOCKET s = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  SOCKADDR_IN to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  WSAHtons(s, port, &to.sin_port);
  DWORD sent = 0;
  return WSASendTo(s, buf, 1, &sent, 0, (const SOCKADDR *)&to, sizeof to, NULL,
                   NULL);
}

// A UDP connect() to port 0 picks a route to learn the source address.
int good_udp_route_lookup(SOCKADDR_IN *local) {
  SOCKET s = socket(AF_INET, SOCK_DGRAM, 0);
  SOCKADDR_IN probe = {0};
  probe.sin_family = AF_INET;
  connect(s, (SOCKADDR *)&probe, sizeof probe);
  int len = sizeof *local;
  return getsockname(s, (SOCKADDR *)local, &len);
}
