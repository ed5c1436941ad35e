// Winsock servers: WSASocketW() creates, closesocket() closes, WSARecv()
// and WSARecvFrom() receive, WSAIoctl() is not understood.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0 -isystem %inputs/winsock
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O2 -isystem %inputs/winsock
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX %s port-unqueried-ephemeral %t -- -- -O2 -isystem %inputs/winsock

#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>

int bad_tcp_server_on_port_zero(void) {
  SOCKET s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0,
                        WSA_FLAG_OVERLAPPED);
  if (s == INVALID_SOCKET)
    return -1;
  SOCKADDR_IN sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  if (bind(s, (SOCKADDR *)&sa, sizeof sa) == SOCKET_ERROR)
    return -1;
  // CHECK-NOTES: :[[@LINE-2]]:7: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: the port is zeroed here and never set
  listen(s, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:17: note: read the assigned port with getsockname()
  // CHECK-FIXES-FIX: listen(s, 16);
  // CHECK-FIXES-FIX-NEXT: socklen_t sa_len = sizeof sa;
  // CHECK-FIXES-FIX-NEXT: getsockname(s, (struct sockaddr *)&sa, &sa_len);
  SOCKET conn = accept(s, NULL, NULL);
  closesocket(conn);
  closesocket(s);
  return 0;
}

int bad_udp_receiver_on_port_zero(WSABUF *buf) {
  SOCKET s = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  SOCKADDR_IN sa = {0};
  sa.sin_family = AF_INET;
  bind(s, (PSOCKADDR)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and only receives, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:20: note: the port is 0 from this initializer
  DWORD got = 0, flags = 0;
  SOCKADDR_IN from;
  int from_len = sizeof from;
  int rc = WSARecvFrom(s, buf, 1, &got, &flags, (SOCKADDR *)&from, &from_len,
                       NULL, NULL);
  // CHECK-NOTES: :[[@LINE-2]]:12: note: the socket receives here
  // CHECK-NOTES: :[[@LINE-9]]:38: note: read the assigned port with getsockname()
  closesocket(s);
  return rc;
}

// --- silent -----------------------------------------------------------------

int good_server_queries_port(void) {
  SOCKET s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0, 0);
  SOCKADDR_IN sa = {0};
  sa.sin_family = AF_INET;
  bind(s, (SOCKADDR *)&sa, sizeof sa);
  listen(s, 5);
  int len = sizeof sa;
  getsockname(s, (SOCKADDR *)&sa, &len);
  return ntohs(sa.sin_port);
}

// A client binds port 0 only to choose its source address.
int good_client_binds_then_sends(WSABUF *buf, const SOCKADDR_IN *server) {
  SOCKET s = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  SOCKADDR_IN sa = {0};
  sa.sin_family = AF_INET;
  bind(s, (SOCKADDR *)&sa, sizeof sa);
  DWORD sent = 0;
  WSASend(s, buf, 1, &sent, 0, NULL, NULL);
  return WSAConnect(s, (const SOCKADDR *)server, sizeof *server, NULL, NULL,
                    NULL, NULL);
}

// The socket is handed to WSAIoctl(), which is not understood: whoever runs
// it may learn the port.
int good_socket_handed_to_wsaioctl(DWORD code, WSABUF *buf) {
  SOCKET s = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  SOCKADDR_IN sa = {0};
  sa.sin_family = AF_INET;
  bind(s, (SOCKADDR *)&sa, sizeof sa);
  DWORD out = 0;
  WSAIoctl(s, code, NULL, 0, NULL, 0, &out, NULL, NULL);
  DWORD got = 0, flags = 0;
  return WSARecv(s, buf, 1, &got, &flags, NULL, NULL);
}
