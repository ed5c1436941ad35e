// Byte-order conversions spelled the ways other C libraries spell them.
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0 -isystem %inputs/platform-stand-ins
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2 -isystem %inputs/platform-stand-ins
// RUN: %check_port_tidy -lang=c++ %s port-zero-destination %t -- -- -O2 -isystem %inputs/platform-stand-ins

#include <netinet/in.h>
#include <osswap.h>
#include <string.h>
#include <sys/socket.h>

// glibc's -O2 forms, written out.
int bad_bswap_builtin(int fd) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = __builtin_bswap16(0);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: the port is set to 0 here
}

int bad_bswap_16(int fd) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = __bswap_16(0);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: the port is set to 0 here
}

int bad_big_endian_identity(int fd) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = __uint16_identity(0);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: the port is set to 0 here
}

// macOS: htons(x) expands to _OSSwapInt16(x).
int bad_macos_swap(int fd) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = PORTTIDY_HTONS(0);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: the port is set to 0 here
}

int good_macos_swap_nonzero(int fd) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = PORTTIDY_HTONS(8080);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// A swap of a non-zero constant that happens to have a zero byte is not 0.
int good_swap_of_256(int fd) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = __builtin_bswap16(256);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}
