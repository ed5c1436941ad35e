// WSAHtons(s, host, &net) stores network order into `net`: converting `net`
// again is a double conversion.
// The dataflow gives the out-argument the order outParameterConversion()
// (checks/analysis/ByteOrder.h) names.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0 -isystem %inputs/winsock
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2 -isystem %inputs/winsock

#include <winsock2.h>

void bad_converted_twice(SOCKET s, SOCKADDR_IN *sa, u_short port) {
  u_short net;
  WSAHtons(s, port, &net);
  sa->sin_port = htons(net);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is converted to network byte order twice [port-byte-order]
  // CHECK-FIXES: sa->sin_port = net;
}

void bad_host_order_from_wsantohs(SOCKET s, SOCKADDR_IN *sa, u_short raw) {
  u_short host;
  WSANtohs(s, raw, &host);
  sa->sin_port = host;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES: sa->sin_port = htons(host);
}

void good_converted_once(SOCKET s, SOCKADDR_IN *sa, u_short port) {
  u_short net;
  WSAHtons(s, port, &net);
  sa->sin_port = net;
}
