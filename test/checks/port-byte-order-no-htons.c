// Without a declaration of htons() (or ntohs()) the wrap would not compile:
// no fix-it. A macro-only htons (macOS) is enough.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -check-suffixes=,MACRO %s port-byte-order %t -- -- -O0 -DHTONS_MACRO
// RUN: %check_port_tidy -check-suffixes=,MACRO -lang=c++ %s port-byte-order %t -- -- -O2 -DHTONS_MACRO

#ifdef HTONS_MACRO
#define htons(x) ((unsigned short)__builtin_bswap16(x))
#define ntohs(x) ((unsigned short)__builtin_bswap16(x))
#endif

struct sockaddr_in {
  unsigned short sin_family;
  unsigned short sin_port;
  unsigned int sin_addr;
};

void bad_no_htons_declared(struct sockaddr_in *sa) {
  sa->sin_port = 8080;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: port 8080 is stored in host byte order; sin_port expects network byte order [port-byte-order]
  // CHECK-FIXES-MACRO: sa->sin_port = htons(8080);
}

int bad_read_no_ntohs_declared(const struct sockaddr_in *sa) {
  return sa->sin_port == 53;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES-MACRO: return ntohs(sa->sin_port) == 53;
}
