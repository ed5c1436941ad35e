// The getsockname() fix-it lives on a note: plain --fix leaves the file alone
// (the first two runs), --fix-notes inserts it and the result must compile.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX -lang=c++ %s port-unqueried-ephemeral %t -- -- -O0

#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int bad_fix_after_listen(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}
// CHECK-FIXES-FIX: int bad_fix_after_listen(void) {
// CHECK-FIXES-FIX: {{^}}  listen(fd, 16);{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  socklen_t sa_len = sizeof sa;{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  getsockname(fd, (struct sockaddr *)&sa, &sa_len);{{$}}

// After the whole if statement that checks listen().
int bad_fix_after_checked_listen(void) {
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 addr;
  memset(&addr, 0, sizeof addr);
  addr.sin6_family = AF_INET6;
  addr.sin6_addr = in6addr_any;
  if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0)
    return -1;
  // CHECK-NOTES: :[[@LINE-2]]:7: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: the port is zeroed here and never set
  if (listen(fd, 16) < 0) {
    close(fd);
    return -1;
  }
  // CHECK-NOTES: :[[@LINE-4]]:7: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:4: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}
// CHECK-FIXES-FIX: int bad_fix_after_checked_listen(void) {
// CHECK-FIXES-FIX: {{^}}  }{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  socklen_t addr_len = sizeof addr;{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  getsockname(fd, (struct sockaddr *)&addr, &addr_len);{{$}}

int bad_fix_after_listen_declaration(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:27: note: the port is 0 from this initializer
  int rc = listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:12: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:27: note: read the assigned port with getsockname()
  return rc < 0 ? rc : accept(fd, NULL, NULL);
}
// CHECK-FIXES-FIX: int bad_fix_after_listen_declaration(void) {
// CHECK-FIXES-FIX: {{^}}  int rc = listen(fd, 16);{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  socklen_t sa_len = sizeof sa;{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  getsockname(fd, (struct sockaddr *)&sa, &sa_len);{{$}}

// A datagram socket: right after bind(), with the indentation of the block.
int bad_fix_datagram_after_bind(int enabled) {
  char buf[512];
  if (enabled) {
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    bind(fd, (struct sockaddr *)&sa, sizeof sa);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: socket is bound to an ephemeral port (port 0) and only receives, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
    // CHECK-NOTES: :[[@LINE-4]]:5: note: the port is zeroed here and never set
    return (int)recv(fd, buf, sizeof buf, 0);
    // CHECK-NOTES: :[[@LINE-1]]:17: note: the socket receives here
    // CHECK-NOTES: :[[@LINE-5]]:49: note: read the assigned port with getsockname()
  }
  return 0;
}
// CHECK-FIXES-FIX: int bad_fix_datagram_after_bind(int enabled) {
// CHECK-FIXES-FIX: {{^}}    bind(fd, (struct sockaddr *)&sa, sizeof sa);{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}    socklen_t sa_len = sizeof sa;{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}    getsockname(fd, (struct sockaddr *)&sa, &sa_len);{{$}}

// `addr_len` is taken: the inserted length gets a fresh name.
int bad_fix_length_name_taken(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in addr = {.sin_family = AF_INET}, peer;
  socklen_t addr_len = sizeof peer;
  bind(fd, (struct sockaddr *)&addr, sizeof addr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:29: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, (struct sockaddr *)&peer, &addr_len);
}
// CHECK-FIXES-FIX: int bad_fix_length_name_taken(void) {
// CHECK-FIXES-FIX: {{^}}  listen(fd, 16);{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  socklen_t addr_len_2 = sizeof addr;{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  getsockname(fd, (struct sockaddr *)&addr, &addr_len_2);{{$}}

// --- a warning, but no fix-it ------------------------------------------------

// Code after the return would never run.
int bad_no_fix_listen_returned(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  return listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:10: note: the socket listens here
}

#define BIND_ANY(fd, sa) bind(fd, (struct sockaddr *)&(sa), sizeof(sa))

int bad_no_fix_bind_in_macro(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  BIND_ANY(fd, sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-7]]:26: note: expanded from macro 'BIND_ANY'
  // CHECK-NOTES: :[[@LINE-4]]:27: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  return accept(fd, NULL, NULL);
}

int bad_no_fix_address_parameter(struct sockaddr_in *sa) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  memset(sa, 0, sizeof *sa);
  sa->sin_family = AF_INET;
  bind(fd, (struct sockaddr *)sa, sizeof *sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: the port is zeroed here and never set
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  return accept(fd, NULL, NULL);
}

// The address object is out of scope where listen() is.
int bad_no_fix_address_out_of_scope(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  {
    struct sockaddr_in sa = {.sin_family = AF_INET};
    bind(fd, (struct sockaddr *)&sa, sizeof sa);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
    // CHECK-NOTES: :[[@LINE-3]]:29: note: the port is 0 from this initializer
  }
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  return accept(fd, NULL, NULL);
}

// A declaration in a switch body could be jumped over.
int bad_no_fix_in_switch(int mode) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  switch (mode) {
  case 1:
    listen(fd, 16);
    // CHECK-NOTES: :[[@LINE-1]]:5: note: the socket listens here
    break;
  default:
    return -1;
  }
  return accept(fd, NULL, NULL);
}

// A socket bound again before the same listen() (the retry fails, as the
// socket is bound already) is one finding, with one read-back: two would
// declare its length twice.
int bad_bound_twice(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}
// CHECK-FIXES-FIX: int bad_bound_twice(void) {
// CHECK-FIXES-FIX: {{^}}  listen(fd, 16);{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  socklen_t sa_len = sizeof sa;{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  getsockname(fd, (struct sockaddr *)&sa, &sa_len);{{$}}
// CHECK-FIXES-FIX-NOT: sa_len
// CHECK-FIXES-FIX: {{^}}  return accept(fd, NULL, NULL);{{$}}

// Bound and listened twice in one block: two findings, two read-backs, and
// the second fix's length gets a name of its own (the same one twice would
// not compile).
int bad_listened_twice(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-9]]:27: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, NULL, NULL);
}
// CHECK-FIXES-FIX: int bad_listened_twice(void) {
// CHECK-FIXES-FIX: {{^}}  listen(fd, 16);{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  socklen_t sa_len = sizeof sa;{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  getsockname(fd, (struct sockaddr *)&sa, &sa_len);{{$}}
// CHECK-FIXES-FIX: {{^}}  listen(fd, 16);{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  socklen_t sa_len_2 = sizeof sa;{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  getsockname(fd, (struct sockaddr *)&sa, &sa_len_2);{{$}}
