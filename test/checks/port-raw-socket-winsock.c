// Winsock raw sockets: WSASocketA()/WSASocketW() create them, WSASendTo()
// and WSAConnect() give them a destination.
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O0 -isystem %inputs/winsock
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O2 -isystem %inputs/winsock
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket %t -- -- -O0 -isystem %inputs/winsock

#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>

int bad_icmp_wsasendto(WSABUF *packet) {
  SOCKET s = WSASocketA(AF_INET, SOCK_RAW, IPPROTO_ICMP, NULL, 0, 0);
  if (s == INVALID_SOCKET)
    return -1;
  SOCKADDR_IN to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: to.sin_port = 0;
  InetPtonA(AF_INET, "127.0.0.1", &to.sin_addr);
  DWORD sent = 0;
  return WSASendTo(s, packet, 1, &sent, 0, (SOCKADDR *)&to, sizeof to, NULL,
                   NULL);
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: the address is given to WSASendTo() here
  // CHECK-MESSAGES: :[[@LINE-14]]:14: note: the raw ICMP socket is created here
}

int bad_raw_ip_wsaconnect(void) {
  SOCKET s = WSASocketW(AF_INET, SOCK_RAW, IPPROTO_RAW, NULL, 0, 0);
  SOCKADDR_IN peer = {0};
  peer.sin_family = AF_INET;
  peer.sin_port = htons(80);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: port set on a raw IP socket address is ignored by the kernel; a raw socket takes ports only from the headers it sends [port-raw-socket]
  // CHECK-FIXES: peer.sin_port = 0;
  return WSAConnect(s, (SOCKADDR *)&peer, sizeof peer, NULL, NULL, NULL, NULL);
}

// --- silent -----------------------------------------------------------------

int good_udp_wsasendto(WSABUF *packet) {
  SOCKET s = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  SOCKADDR_IN to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(7);
  DWORD sent = 0;
  return WSASendTo(s, packet, 1, &sent, 0, (SOCKADDR *)&to, sizeof to, NULL,
                   NULL);
}

int good_icmp_port_zero(WSABUF *packet) {
  SOCKET s = WSASocketA(AF_INET, SOCK_RAW, IPPROTO_ICMP, NULL, 0, 0);
  SOCKADDR_IN to = {0};
  to.sin_family = AF_INET;
  DWORD sent = 0;
  return WSASendTo(s, packet, 1, &sent, 0, (SOCKADDR *)&to, sizeof to, NULL,
                   NULL);
}
