// C++ classes that keep the descriptor in a member.
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O0
// RUN: %check_port_tidy %s port-raw-socket %t -- -- -O2

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

class Pinger {
public:
  Pinger() : fd_(socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)) {}
  ~Pinger() { close(fd_); }

  long send(const void *packet, size_t len, in_addr_t target) {
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = target;
    to.sin_port = htons(sequence_);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: port set on a raw ICMP socket address is ignored by the kernel; ICMP has no ports [port-raw-socket]
    // CHECK-FIXES: to.sin_port = 0;
    return sendto(fd_, packet, len, 0, reinterpret_cast<sockaddr *>(&to),
                  sizeof to);
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: the address is given to sendto() here
    // CHECK-MESSAGES: :[[@LINE-13]]:18: note: the raw ICMP socket is created here
  }

private:
  int fd_;
  unsigned short sequence_ = 0;
};

// A member that an in-class initializer and a constructor both set.
class Receiver {
public:
  explicit Receiver(int inherited) : fd_(inherited) {}
  Receiver() = default;

  long send(const void *packet, size_t len) {
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(7);
    return sendto(fd_, packet, len, 0, reinterpret_cast<sockaddr *>(&to),
                  sizeof to);
  }

private:
  int fd_ = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
};

long use(Pinger &p, Receiver &r) { return p.send("", 0, 0) + r.send("", 0); }

// An aggregate with a base class: its initializer lists the base first, so
// the fields are not followed.
struct Base {
  int generation;
};
struct Holder : Base {
  int icmp_fd;
  int fd;
};

Holder make_holder() {
  return Holder{{0}, socket(AF_INET, SOCK_RAW, IPPROTO_ICMP),
                socket(AF_INET, SOCK_DGRAM, 0)};
}

long good_fd_of_aggregate_with_base(Holder &h) {
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(7);
  return sendto(h.fd, "", 0, 0, reinterpret_cast<sockaddr *>(&to), sizeof to);
}
