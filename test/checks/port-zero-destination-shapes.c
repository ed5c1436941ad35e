// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -O2

// Shapes of real code the analysis follows: ports written through pointers
// into the port field, compound literals, copies of constant templates,
// message batches filled in a loop, and the conditional operator.

#define _GNU_SOURCE 1 // sendmmsg
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

// --- a port written through a pointer to the port field ----------------------

int good_port_through_field_pointer(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  in_port_t *p = &sa.sin_port;
  *p = htons(port);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

int good_port_written_byte_by_byte(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  unsigned char *bytes = (unsigned char *)&sa.sin_port;
  bytes[0] = port >> 8;
  bytes[1] = port & 0xff;
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

extern void fill_port(in_port_t *port);

int good_port_field_handed_to_a_function(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  fill_port(&sa.sin_port);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

int bad_zero_written_through_field_pointer(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  in_port_t *p = &sa.sin_port;
  *p = 0;
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: the port is set to 0 here
}

// --- compound literals --------------------------------------------------------

int bad_compound_literal_passed_directly(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(fd, (struct sockaddr *)&(struct sockaddr_in){.sin_family = AF_INET},
                 sizeof(struct sockaddr_in));
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:62: note: the port is 0 from this initializer
}

int bad_compound_literal_through_pointer(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in *to = &(struct sockaddr_in){.sin_family = AF_INET};
  return connect(fd, (struct sockaddr *)to, sizeof *to);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:49: note: the port is 0 from this initializer
}

int good_compound_literal_written_through_pointer(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in *to = &(struct sockaddr_in){.sin_family = AF_INET};
  to->sin_port = htons(port);
  return connect(fd, (struct sockaddr *)to, sizeof *to);
}

int bad_compound_literal_assigned(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  sa = (struct sockaddr_in){.sin_family = AF_INET};
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:28: note: the port is 0 from this initializer
}

int good_compound_literal_with_port(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(fd,
                 (struct sockaddr *)&(struct sockaddr_in){.sin_family = AF_INET,
                                                          .sin_port = htons(port)},
                 sizeof(struct sockaddr_in));
}

// --- a copy of a constant template --------------------------------------------

static const struct sockaddr_in any_v4 = {.sin_family = AF_INET};

int bad_copy_of_template_without_port(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = any_v4;
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-7]]:42: note: the port is 0 from this initializer
}

int bad_memcpy_of_template_without_port(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memcpy(&sa, &any_v4, sizeof sa);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-16]]:42: note: the port is 0 from this initializer
}

int good_copy_of_template_then_port(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = any_v4;
  sa.sin_port = htons(port);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

struct sockaddr_in configured; // not constant: anyone may set its port

int good_copy_of_mutable_global(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = configured;
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}

// --- message batches filled in a loop ------------------------------------------

int bad_batch_names_set_in_loop(const char *payload, unsigned n) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in dst = {.sin_family = AF_INET};
  struct mmsghdr batch[8];
  struct iovec iov = {(void *)payload, n};
  memset(batch, 0, sizeof batch);
  for (int i = 0; i < 8; ++i) {
    batch[i].msg_hdr.msg_name = &dst;
    batch[i].msg_hdr.msg_namelen = sizeof dst;
    batch[i].msg_hdr.msg_iov = &iov;
    batch[i].msg_hdr.msg_iovlen = 1;
  }
  return sendmmsg(fd, batch, 8, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sendmmsg() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-12]]:28: note: the port is 0 from this initializer
}

int good_batch_destination_with_port(unsigned short port) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in dst = {.sin_family = AF_INET, .sin_port = htons(port)};
  struct mmsghdr batch[4];
  for (int i = 0; i < 4; ++i)
    batch[i].msg_hdr.msg_name = &dst;
  return sendmmsg(fd, batch, 4, 0);
}

int good_batch_of_different_destinations(struct sockaddr_in *peers) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in unset = {.sin_family = AF_INET};
  struct mmsghdr batch[4];
  memset(batch, 0, sizeof batch);
  for (int i = 0; i < 4; ++i)
    batch[i].msg_hdr.msg_name = i ? &peers[i] : &unset;
  return sendmmsg(fd, batch, 4, 0);
}

// --- the conditional operator ---------------------------------------------------

int bad_zero_on_both_branches(int passive) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  sa.sin_port = passive ? 0 : 0;
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: connect() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: the port is set to 0 here
}

int good_zero_on_one_branch(int passive, unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET};
  sa.sin_port = passive ? 0 : htons(port);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}
