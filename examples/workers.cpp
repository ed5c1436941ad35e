// Worker processes: each gets its own loopback port to serve on.
#include "relay.h"

#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

// BUG (port-probe-race): binds port 0 to learn a free port, then closes the
// socket and hands the number out. Another process can take the port before
// the worker binds it; pass the bound socket to the worker instead.
uint16_t pickFreePort() {
  int Probe = socket(AF_INET, SOCK_STREAM, 0);
  if (Probe < 0)
    return 0;
  sockaddr_in Addr{};
  Addr.sin_family = AF_INET;
  Addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t Len = sizeof Addr;
  if (bind(Probe, reinterpret_cast<sockaddr *>(&Addr), sizeof Addr) != 0 ||
      getsockname(Probe, reinterpret_cast<sockaddr *>(&Addr), &Len) != 0) {
    close(Probe);
    return 0;
  }
  close(Probe);
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
