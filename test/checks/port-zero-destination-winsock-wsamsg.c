// WSASendMsg() sends to WSAMSG.name, as sendmsg() sends to msghdr.msg_name.
// The dataflow finds a message header's destination field through
// messageNameField() (checks/analysis/AddressTypes.h), which knows WSAMSG.
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0 -isystem %inputs/winsock
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O2 -isystem %inputs/winsock

#include <string.h>
#include <winsock2.h>
#include <ws2tcpip.h>

int bad_wsasendmsg_port_never_set(WSABUF *buf) {
  SOCKET s = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  SOCKADDR_IN to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  WSAMSG msg = {0};
  msg.name = (LPSOCKADDR)&to;
  msg.namelen = sizeof to;
  msg.lpBuffers = buf;
  msg.dwBufferCount = 1;
  DWORD sent = 0;
  return WSASendMsg(s, &msg, 0, &sent, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: WSASendMsg() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: the port is zeroed here and never set
}

int good_wsasendmsg_port_set(WSABUF *buf, u_short port) {
  SOCKET s = WSASocketA(AF_INET, SOCK_DGRAM, IPPROTO_UDP, NULL, 0, 0);
  SOCKADDR_IN to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(port);
  WSAMSG msg = {0};
  msg.name = (LPSOCKADDR)&to;
  msg.namelen = sizeof to;
  msg.lpBuffers = buf;
  msg.dwBufferCount = 1;
  DWORD sent = 0;
  return WSASendMsg(s, &msg, 0, &sent, NULL, NULL);
}
