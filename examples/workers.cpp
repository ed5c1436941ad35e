// Worker processes: each gets its own loopback port to serve on.
#include "relay.h"

#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

// A socket descriptor closed on scope exit.
class Socket {
public:
  explicit Socket(int Fd) : Fd(Fd) {}
  Socket(const Socket &) = delete;
  Socket &operator=(const Socket &) = delete;
  ~Socket() {
    if (Fd >= 0)
      close(Fd);
  }
  int get() const { return Fd; }

private:
  int Fd;
};

// BUG (port-probe-race): binds port 0 to learn a free port, then closes the
// socket and hands the number out. Another process can take the port before
// the worker binds it; pass the bound socket to the worker instead.
uint16_t pickFreePort() {
  Socket Probe(socket(AF_INET, SOCK_STREAM, 0));
  sockaddr_in Addr{};
  Addr.sin_family = AF_INET;
  Addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(Probe.get(), reinterpret_cast<sockaddr *>(&Addr), sizeof Addr) != 0)
    return 0;
  socklen_t Len = sizeof Addr;
  if (getsockname(Probe.get(), reinterpret_cast<sockaddr *>(&Addr), &Len) != 0)
    return 0;
  return ntohs(Addr.sin_port);
}

} // namespace

extern "C" int workers_start(int count) {
  std::vector<std::string> Commands;
  for (int I = 0; I < count; ++I) {
    uint16_t Port = pickFreePort();
    if (Port == 0)
      return -1;
    Commands.push_back("relayd-worker --port " + std::to_string(Port));
  }
  for (const std::string &Command : Commands)
    std::printf("would start: %s\n", Command.c_str());
  return 0;
}
