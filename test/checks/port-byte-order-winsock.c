// Winsock spellings: SOCKADDR_IN and friends are typedefs of the BSD
// structs, WSAHtons()/WSANtohs() convert into an out-parameter, and MSVC's
// _byteswap_ushort() swaps. No Windows SDK: stand-ins in Inputs/winsock.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0 -isystem %inputs/winsock
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2 -isystem %inputs/winsock
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O0 -isystem %inputs/winsock
// RUN: %check_port_tidy -check-suffixes=,FIX -fix-notes %s port-byte-order %t -- -- -O2 -isystem %inputs/winsock

#include <intrin.h>
#include <stdio.h>
#include <winsock2.h>
#include <ws2tcpip.h>

void bad_host_order_typedefs(SOCKADDR_IN *sa, SOCKADDR_IN6 *sa6,
                             SOCKADDR_STORAGE *ss, SOCKADDR_INET *any) {
  sa->sin_port = 8080;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(8080);
  sa6->sin6_port = 443;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: port 443 is stored in host byte order; sin6_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa6->sin6_port = htons(443);
  ((PSOCKADDR_IN)ss)->sin_port = 53;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: port 53 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: ((PSOCKADDR_IN)ss)->sin_port = htons(53);
  any->Ipv4.sin_port = 123;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: port 123 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: any->Ipv4.sin_port = htons(123);
}

void bad_read_printed(const SOCKADDR_IN *peer, const SOCKADDR_STORAGE *ss) {
  printf("peer port %u\n", peer->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: printf("peer port %u\n", ntohs(peer->sin_port));
  printf("local port %u\n", SS_PORT(ss));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: printf("local port %u\n", SS_PORT(ss));
}

// WSANtohs() writes host order through its last argument.
void bad_wsantohs_into_port(SOCKET s, SOCKADDR_IN *sa, u_short port) {
  WSANtohs(s, port, &sa->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: WSANtohs() yields host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use WSAHtons() to convert to network byte order
  // CHECK-FIXES-FIX: WSAHtons(s, port, &sa->sin_port);
}

void bad_wsahtonl_into_port(SOCKET s, SOCKADDR_IN *sa, u_long port) {
  WSAHtonl(s, port, (u_long *)&sa->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: WSAHtonl() converts a 32-bit value; a port needs WSAHtons() [port-byte-order]
  // CHECK-FIXES: WSAHtonl(s, port, (u_long *)&sa->sin_port);
}

void bad_wsahtons_out_of_range(SOCKET s, u_short *net) {
  WSAHtons(s, 70000, net);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: port 70000 is out of range; WSAHtons() truncates it to 4464 [port-byte-order]
}

void bad_byteswap_twice(SOCKADDR_IN *sa, u_short port) {
  sa->sin_port = htons(_byteswap_ushort(port));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
  // CHECK-FIXES: sa->sin_port = _byteswap_ushort(port);
}

// --- silent -----------------------------------------------------------------

void good_wsa_conversions(SOCKET s, SOCKADDR_IN *sa, u_short port) {
  WSAHtons(s, port, &sa->sin_port);
  u_short net;
  WSAHtons(s, port, &net);
  sa->sin_port = net;
  u_short host;
  WSANtohs(s, sa->sin_port, &host);
  printf("%u\n", host);
  sa->sin_port = _byteswap_ushort(port);
  sa->sin_port = htons(port);
}

int good_compared_in_network_order(const SOCKADDR_IN *sa) {
  return sa->sin_port == htons(53) || sa->sin_port == 0;
}
