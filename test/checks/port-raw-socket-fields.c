// A descriptor kept in a struct field, opened in one function, used in
// another: known when every store into the field is one kind of socket().
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O0
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-raw-socket %t -- -- -O2

#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct pinger {
  int icmp_fd;
  unsigned short sequence;
  struct sockaddr_in target;
};

void pinger_open(struct pinger *p) {
  p->icmp_fd = socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK, IPPROTO_ICMP);
  p->sequence = 0;
}

void pinger_close(struct pinger *p) {
  if (p->icmp_fd >= 0) close(p->icmp_fd); // a comparison only reads the field
  p->icmp_fd = -1;
}

int bad_send_on_field_socket(struct pinger *p, const void *packet, size_t len) {
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(p->sequence);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: to.sin_port = 0;
  return (int)sendto(p->icmp_fd, packet, len, 0, (struct sockaddr *)&to,
                     sizeof to);
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: the address is given to sendto() here
  // CHECK-MESSAGES: :[[@LINE-18]]:16: note: the raw ICMP socket is created here
}

// Through a local copy of the field, and into a field of the same struct.
int bad_send_through_local_copy(struct pinger *p, const void *packet,
                                size_t len) {
  int fd = p->icmp_fd;
  p->target.sin_port = htons(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
  // CHECK-FIXES: p->target.sin_port = 0;
  return (int)sendto(fd, packet, len, 0, (struct sockaddr *)&p->target,
                     sizeof p->target);
}

// A field that holds a raw socket in one place and a UDP one in another.
struct prober {
  int fd;
};

void prober_open_raw(struct prober *p) {
  p->fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
}

void prober_open_udp(struct prober *p) {
  p->fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
}

int good_field_of_two_kinds(struct prober *p, const void *packet, size_t len) {
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(33434);
  return (int)sendto(p->fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// A field that is also given a descriptor from elsewhere.
struct adopted {
  int fd;
};

void adopted_open(struct adopted *a) {
  a->fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
}

void adopted_take(struct adopted *a, int inherited) { a->fd = inherited; }

int good_field_also_adopted(struct adopted *a, const void *packet, size_t len) {
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(7);
  return (int)sendto(a->fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// A field written through a pointer to it.
struct handed_out {
  int fd;
};

void handed_out_open(struct handed_out *h) {
  h->fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
}

void fill_descriptor(int *fd);

void handed_out_refill(struct handed_out *h) { fill_descriptor(&h->fd); }

int good_field_written_elsewhere(struct handed_out *h, const void *packet,
                                 size_t len) {
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(7);
  return (int)sendto(h->fd, packet, len, 0, (struct sockaddr *)&to, sizeof to);
}

// A UDP field next to a raw one: its ports are real.
struct tracer {
  int probe_fd;
  int icmp_fd;
};

void tracer_open(struct tracer *t) {
  t->probe_fd = socket(AF_INET, SOCK_DGRAM, 0);
  t->icmp_fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
}

int good_udp_field_beside_raw(struct tracer *t, unsigned short port) {
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_port = htons(port);
  return (int)sendto(t->probe_fd, "", 0, 0, (struct sockaddr *)&to, sizeof to);
}

// A ping socket field: bind() sets the echo identifier.
struct echo_client {
  int fd;
};

int good_ping_field_bind(struct echo_client *c, unsigned short identifier) {
  c->fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
  return 0;
}

int good_bind_identifier_elsewhere(struct echo_client *c,
                                   unsigned short identifier) {
  struct sockaddr_in local = {0};
  local.sin_family = AF_INET;
  local.sin_port = htons(identifier);
  return bind(c->fd, (struct sockaddr *)&local, sizeof local);
}
