// Ports read from sin_port/sin6_port are in network byte order: printed,
// compared with a number, used in arithmetic or as an index, they need
// ntohs() first.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy -lang=c++ %s port-byte-order %t -- -- -O2

#include <arpa/inet.h>
#include <endian.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

#define DNS_PORT 53
#define LOG_PEER(fmt, value) fprintf(stderr, fmt, value)

int lookup_port_name(unsigned port);
unsigned hash_port(uint16_t port);

// --- printed ----------------------------------------------------------------

void bad_printf_decimal(const struct sockaddr_in *peer) {
  printf("connection from port %d\n", peer->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: printf("connection from port %d\n", ntohs(peer->sin_port));
}

void bad_fprintf_unsigned(const struct sockaddr_in6 *peer) {
  fprintf(stderr, "[%s]:%u\n", "::1", peer->sin6_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: sin6_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: fprintf(stderr, "[%s]:%u\n", "::1", ntohs(peer->sin6_port));
}

void bad_snprintf_short(char *buf, size_t len, struct sockaddr_in sa) {
  snprintf(buf, len, "%hu", sa.sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: snprintf(buf, len, "%hu", ntohs(sa.sin_port));
}

void bad_syslog_hex_after_star(const struct sockaddr_in *sa) {
  syslog(LOG_INFO, "%*s port 0x%04x", 4, "peer", sa->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: syslog(LOG_INFO, "%*s port 0x%04x", 4, "peer", ntohs(sa->sin_port));
}

void bad_dprintf_cast(int fd, const struct sockaddr_in *sa) {
  dprintf(fd, "%s:%d\n", inet_ntoa(sa->sin_addr), (int)sa->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: dprintf(fd, "%s:%d\n", inet_ntoa(sa->sin_addr), (int)ntohs(sa->sin_port));
}

// A whole argument of the project's logging macro is still written in the
// file: the fix-it edits it there.
void bad_printed_through_macro(const struct sockaddr_in *sa) {
  LOG_PEER("peer port %u\n", sa->sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: LOG_PEER("peer port %u\n", ntohs(sa->sin_port));
}

// --- compared with a number -------------------------------------------------

int bad_equal_constant(const struct sockaddr_in *from) {
  return from->sin_port == 53;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: return ntohs(from->sin_port) == 53;
}

int bad_not_equal_macro(const struct sockaddr_in *from) {
  return DNS_PORT != from->sin_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: return DNS_PORT != ntohs(from->sin_port);
}

int bad_privileged_port(const struct sockaddr_in *from) {
  return from->sin_port < 1024;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: return ntohs(from->sin_port) < 1024;
}

int bad_ephemeral_range(const struct sockaddr_in6 *from) {
  return from->sin6_port >= 49152;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sin6_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: return ntohs(from->sin6_port) >= 49152;
}

int bad_switch_on_port(const struct sockaddr_in *from) {
  switch (from->sin_port) {
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: switch (ntohs(from->sin_port)) {
  case 53:
    return 1;
  case 123:
    return 2;
  default:
    return 0;
  }
}

// --- arithmetic and indexing ------------------------------------------------

int bad_next_port(const struct sockaddr_in *sa) {
  return sa->sin_port + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: return ntohs(sa->sin_port) + 1;
}

unsigned bad_worker_by_port(const struct sockaddr_in *sa, unsigned workers) {
  return sa->sin_port % workers;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: return ntohs(sa->sin_port) % workers;
}

void bad_port_histogram(unsigned *counts, const struct sockaddr_in *sa) {
  counts[sa->sin_port]++;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: counts[ntohs(sa->sin_port)]++;
}

// The field itself incremented: there is nothing to wrap.
void bad_increment_in_place(struct sockaddr_in *sa) {
  sa->sin_port++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  sa->sin_port += 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
}

// --- through a local --------------------------------------------------------

void bad_local_printed(int fd) {
  struct sockaddr_in local;
  socklen_t len = sizeof local;
  getsockname(fd, (struct sockaddr *)&local, &len);
  uint16_t port = local.sin_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: uint16_t port = ntohs(local.sin_port);
  if (port != 0)
    printf("listening on %u\n", port);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: note: the port is printed here
}

int bad_local_assigned_then_compared(const struct sockaddr_in *sa) {
  int port = 0;
  port = sa->sin_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: port = ntohs(sa->sin_port);
  return port == 8080;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the port is compared with a number here
}

// Either address's port: both reads are reported, at the first numeric use.
// The local is also handed to a function that may want network order, so
// converting at the reads is not certain: no fix-it.
int bad_local_from_either_family(const struct sockaddr_storage *ss) {
  unsigned port;
  if (ss->ss_family == AF_INET)
    port = ((const struct sockaddr_in *)ss)->sin_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
    // CHECK-FIXES: port = ((const struct sockaddr_in *)ss)->sin_port;
  else
    port = ((const struct sockaddr_in6 *)ss)->sin6_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sin6_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
    // CHECK-FIXES: port = ((const struct sockaddr_in6 *)ss)->sin6_port;
  return lookup_port_name(port) || port > 1023;
  // CHECK-MESSAGES: :[[@LINE-1]]:36: note: the port is compared with a number here
}

// The same local is also copied into another address: converting at the
// read would break that copy, so there is no fix-it.
void bad_local_printed_and_copied(const struct sockaddr_in *from,
                                  struct sockaddr_in *to) {
  uint16_t port = from->sin_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: uint16_t port = from->sin_port;
  to->sin_port = port;
  printf("forwarding to %d\n", port);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: note: the port is printed here
}

// Through a chain of locals, and into a field of a local struct.
struct peer {
  uint16_t port;
  const char *name;
};

void bad_chain_of_locals(const struct sockaddr_in *sa) {
  uint16_t raw = sa->sin_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: uint16_t raw = ntohs(sa->sin_port);
  unsigned copy = raw;
  printf("%u\n", copy);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: the port is printed here
}

void bad_field_of_local(const struct sockaddr_in *sa) {
  struct peer p;
  p.name = "upstream";
  p.port = sa->sin_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: p.port = ntohs(sa->sin_port);
  printf("%s:%u\n", p.name, p.port);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: note: the port is printed here
}

// --- silent -----------------------------------------------------------------

void good_converted(const struct sockaddr_in *sa, const struct sockaddr_in6 *sa6) {
  printf("%d %d %d\n", ntohs(sa->sin_port), be16toh(sa6->sin6_port),
         __bswap_16(sa->sin_port));
  uint16_t port = ntohs(sa->sin_port);
  printf("%u\n", port + 1);
}

int good_compared_in_network_order(const struct sockaddr_in *a,
                                   const struct sockaddr_in *b) {
  return a->sin_port == htons(53) || a->sin_port != b->sin_port ||
         a->sin_port == htons(DNS_PORT);
}

int good_order_symmetric_constants(const struct sockaddr_in *sa) {
  return sa->sin_port == 0 || sa->sin_port != 0xffff || sa->sin_port == 0x0101 ||
         sa->sin_port > 0 || !sa->sin_port || sa->sin_port <= 0xffff;
}

int good_truth_value(const struct sockaddr_in *sa) {
  if (sa->sin_port)
    return 1;
  return sa->sin_port ? 2 : 3;
}

void good_copies_between_port_fields(struct sockaddr_in *to,
                                     const struct sockaddr_in6 *from) {
  to->sin_port = from->sin6_port;
  uint16_t saved = from->sin6_port;
  to->sin_port = saved;
}

int good_bytes(const struct sockaddr_in *a, const struct sockaddr_in *b,
               uint16_t *out) {
  memcpy(out, &a->sin_port, sizeof *out);
  return memcmp(&a->sin_port, &b->sin_port, sizeof a->sin_port);
}

unsigned good_hashed_or_handed_on(const struct sockaddr_in *sa, unsigned h) {
  h ^= sa->sin_port;
  h = h * 31 + sa->sin_port;
  h += sa->sin_port;
  return hash_port(sa->sin_port) + lookup_port_name(sa->sin_port) +
         (sa->sin_port >> 8) + (sa->sin_port & 0xff);
}

// Ordering two addresses by port, as a sort comparator does: consistent in
// either order.
int good_comparator(const struct sockaddr_in *a, const struct sockaddr_in *b) {
  return (int)a->sin_port - (int)b->sin_port;
}

void good_formats(const struct sockaddr_in *sa, const char *fmt) {
  printf("%p\n", (void *)&sa->sin_port);
  printf(fmt, sa->sin_port);
  printf("%c", sa->sin_port);
}

// A local that also holds a host-order value is not followed.
int good_local_reassigned(const struct sockaddr_in *sa) {
  uint16_t port = sa->sin_port;
  if (!port)
    port = 8080;
  return port == 8080;
}

int good_local_converted_in_place(const struct sockaddr_in *sa) {
  uint16_t port = sa->sin_port;
  port = ntohs(port);
  return port == 53;
}

int good_local_address_taken(const struct sockaddr_in *sa) {
  uint16_t port = sa->sin_port;
  memcpy(&port, "\x00\x35", 2);
  return port == 53;
}

// The transport headers are network order too, and compared as such.
int good_header_fields(const struct udphdr *udp, const struct tcphdr *tcp) {
  return udp->dest == htons(53) || udp->uh_sport == htons(123) ||
         tcp->th_dport == htons(80) || tcp->source == htons(443);
}
