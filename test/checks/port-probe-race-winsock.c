// Winsock "find a free port" probes: closesocket() releases the port.
// RUN: %check_port_tidy %s port-probe-race %t -- -- -O0 -isystem %inputs/winsock
// RUN: %check_port_tidy %s port-probe-race %t -- -- -O2 -isystem %inputs/winsock
// RUN: %check_port_tidy -lang=c++ %s port-probe-race %t -- -- -O2 -isystem %inputs/winsock

#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>

int bad_free_port_from_probe(void) {
  SOCKET s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, 0);
  if (s == INVALID_SOCKET)
    return -1;
  SOCKADDR_IN sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  if (bind(s, (SOCKADDR *)&sa, sizeof sa) == SOCKET_ERROR) {
    closesocket(s);
    return -1;
  }
  int len = sizeof sa;
  getsockname(s, (SOCKADDR *)&sa, &len);
  closesocket(s);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: the port learned from this probe socket is released by closesocket(); another process may bind it before it is used [port-probe-race]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: keep the socket open and pass the socket itself on instead of its port
  return ntohs(sa.sin_port);
}

// --- silent -----------------------------------------------------------------

// The socket bound to port 0 is kept and used: no port is handed on.
SOCKET good_listener_kept(u_short *port) {
  SOCKET s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, 0);
  SOCKADDR_IN sa = {0};
  sa.sin_family = AF_INET;
  bind(s, (SOCKADDR *)&sa, sizeof sa);
  int len = sizeof sa;
  getsockname(s, (SOCKADDR *)&sa, &len);
  listen(s, 5);
  *port = ntohs(sa.sin_port);
  return s;
}

// Closed without the port ever being read.
void good_bind_check_only(void) {
  SOCKET s = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  SOCKADDR_IN sa = {0};
  sa.sin_family = AF_INET;
  bind(s, (SOCKADDR *)&sa, sizeof sa);
  closesocket(s);
}
