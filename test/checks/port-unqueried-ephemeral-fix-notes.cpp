// C++ spellings of the getsockname() fix-it; plain --fix leaves the file alone.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -fix-notes -check-suffixes=,FIX %s port-unqueried-ephemeral %t -- -- -O0

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

int bad_fix_value_initialized() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in local{};
  local.sin_family = AF_INET;
  bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-4]]:20: note: the port is 0 from this initializer
  listen(fd, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: note: the socket listens here
  // CHECK-NOTES: :[[@LINE-2]]:18: note: read the assigned port with getsockname()
  return accept(fd, nullptr, nullptr);
}
// CHECK-FIXES-FIX: {{^}}  listen(fd, 16);{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  socklen_t local_len = sizeof local;{{$}}
// CHECK-FIXES-FIX-NEXT: {{^}}  getsockname(fd, (struct sockaddr *)&local, &local_len);{{$}}

// A goto could jump over the inserted declaration, which C++ rejects.
int bad_no_fix_with_goto() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  if (bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) < 0)
    goto fail;
  // CHECK-NOTES: :[[@LINE-2]]:7: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() [port-unqueried-ephemeral]
  // CHECK-NOTES: :[[@LINE-5]]:17: note: the port is 0 from this initializer
  if (listen(fd, 16) < 0)
    goto fail;
  // CHECK-NOTES: :[[@LINE-2]]:7: note: the socket listens here
  return accept(fd, nullptr, nullptr);
fail:
  close(fd);
  return -1;
}
