// An error in one function must not silence findings in intact code, through
// the plugin and through the CLI.
// RUN: not %clang_tidy --load=%plugin --checks='-*,port-*' %s -- 2>&1 | FileCheck %s
// RUN: not %porttidy %s -- 2>&1 | FileCheck %s

#include <netinet/in.h>
#include <sys/socket.h>

int broken(void) {
  return undeclared_identifier + 1;
}
// CHECK-DAG: :[[@LINE-2]]:10: error: use of undeclared identifier 'undeclared_identifier'

int intact(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}
// CHECK-DAG: :[[@LINE-2]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
