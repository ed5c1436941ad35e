#!/usr/bin/env python3
"""Writes synthetic socket-heavy C and C++ translation units for benchmarks.

Two shapes:

  gen_corpus.py corpus OUT_DIR [--files N] [--scale S] [--min-lines L]
                [--max-lines L] [--seed K]
      N translation units (C and C++ alternating) whose sizes spread
      log-uniformly from --min-lines to --max-lines, each multiplied by
      --scale, plus OUT_DIR/compile_commands.json. The code is what socket
      programs look like: TCP servers with accept/poll loops, UDP and
      getaddrinfo clients, raw ICMP sockets, AF_UNIX sockets, wrappers
      around socket/bind/listen, helpers that parse and print addresses,
      RAII socket classes in C++, and ordinary code with no socket call at
      all (parsers, checksums, state machines). About one function in
      fifteen carries a real port mistake, so the checks report something.

  gen_corpus.py single OUT_DIR [--lines 20000] [--calls 2000]
      One C translation unit holding one function of about --lines lines
      with --calls socket calls (bind, connect, sendto, getsockname,
      setsockopt...), to show that no check is quadratic in function size or
      in the number of calls.

Output is deterministic for a given seed. Python 3 standard library only.
"""
import argparse
import json
import math
import os
import random

C_HEADER = """\
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

struct conn {{
  int fd;
  struct sockaddr_in peer;
  char buf[512];
  size_t used;
}};

int g_listen_fd_{tu} = -1;
"""

CXX_HEADER = """\
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace net{tu} {{

class Fd {{
public:
  explicit Fd(int fd = -1) : fd_(fd) {{}}
  Fd(const Fd &) = delete;
  Fd &operator=(const Fd &) = delete;
  Fd &operator=(Fd &&other) noexcept {{
    if (this != &other) {{
      if (fd_ >= 0)
        ::close(fd_);
      fd_ = std::exchange(other.fd_, -1);
    }}
    return *this;
  }}
  Fd(Fd &&other) noexcept : fd_(std::exchange(other.fd_, -1)) {{}}
  ~Fd() {{
    if (fd_ >= 0)
      ::close(fd_);
  }}
  int get() const {{ return fd_; }}
  int release() {{ return std::exchange(fd_, -1); }}

private:
  int fd_;
}};

}} // namespace net{tu}
"""

# Function templates: {n} makes names unique, {port} is a plausible port.
C_FUNCTIONS = [
    # A TCP server: bind, listen, a poll loop over clients, echo.
    """
int tcp_server_{n}(unsigned short port, int backlog) {{
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) {{
    perror("socket");
    return -1;
  }}
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_ANY);
  sa.sin_port = htons(port);
  if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(fd, backlog) < 0) {{
    close(fd);
    return -1;
  }}
  struct pollfd fds[16];
  int nfds = 1;
  fds[0].fd = fd;
  fds[0].events = POLLIN;
  for (int round = 0; round < 1000; ++round) {{
    if (poll(fds, nfds, 1000) <= 0)
      continue;
    if ((fds[0].revents & POLLIN) && nfds < 16) {{
      struct sockaddr_in peer;
      socklen_t len = sizeof peer;
      int c = accept(fd, (struct sockaddr *)&peer, &len);
      if (c >= 0) {{
        fds[nfds].fd = c;
        fds[nfds].events = POLLIN;
        ++nfds;
      }}
    }}
    for (int i = 1; i < nfds; ++i) {{
      if (!(fds[i].revents & POLLIN))
        continue;
      char buf[256];
      ssize_t got = recv(fds[i].fd, buf, sizeof buf, 0);
      if (got <= 0) {{
        close(fds[i].fd);
        fds[i] = fds[--nfds];
        continue;
      }}
      send(fds[i].fd, buf, (size_t)got, MSG_NOSIGNAL);
    }}
  }}
  return fd;
}}
""",
    # A UDP client through getaddrinfo.
    """
int udp_query_{n}(const char *host, const char *service, const char *msg) {{
  struct addrinfo hints, *res = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;
  int rc = getaddrinfo(host, service, &hints, &res);
  if (rc != 0) {{
    fprintf(stderr, "%s\\n", gai_strerror(rc));
    return -1;
  }}
  int fd = -1;
  for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {{
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0)
      continue;
    if (sendto(fd, msg, strlen(msg), 0, ai->ai_addr, ai->ai_addrlen) >= 0)
      break;
    close(fd);
    fd = -1;
  }}
  freeaddrinfo(res);
  if (fd < 0)
    return -1;
  char reply[512];
  struct sockaddr_storage from;
  socklen_t fromlen = sizeof from;
  ssize_t got = recvfrom(fd, reply, sizeof reply - 1, 0,
                         (struct sockaddr *)&from, &fromlen);
  close(fd);
  return got < 0 ? -1 : (int)got;
}}
""",
    # A raw ICMP echo: port 0 is right on raw sockets.
    """
static uint16_t icmp_sum_{n}(const void *data, size_t len) {{
  const uint16_t *p = data;
  uint32_t sum = 0;
  for (; len > 1; len -= 2)
    sum += *p++;
  if (len)
    sum += *(const uint8_t *)p;
  sum = (sum >> 16) + (sum & 0xffff);
  sum += sum >> 16;
  return (uint16_t)~sum;
}}

int ping_once_{n}(const char *addr, int seq) {{
  int fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  if (fd < 0)
    return -1;
  struct sockaddr_in dst;
  memset(&dst, 0, sizeof dst);
  dst.sin_family = AF_INET;
  if (inet_pton(AF_INET, addr, &dst.sin_addr) != 1) {{
    close(fd);
    return -1;
  }}
  struct icmphdr hdr;
  memset(&hdr, 0, sizeof hdr);
  hdr.type = ICMP_ECHO;
  hdr.un.echo.id = htons((uint16_t)getpid());
  hdr.un.echo.sequence = htons((uint16_t)seq);
  hdr.checksum = icmp_sum_{n}(&hdr, sizeof hdr);
  if (sendto(fd, &hdr, sizeof hdr, 0, (struct sockaddr *)&dst, sizeof dst) < 0) {{
    close(fd);
    return -1;
  }}
  char packet[1500];
  ssize_t got = recv(fd, packet, sizeof packet, 0);
  close(fd);
  if (got < (ssize_t)(sizeof(struct iphdr) + sizeof hdr))
    return -1;
  const struct iphdr *ip = (const struct iphdr *)packet;
  const struct icmphdr *reply = (const struct icmphdr *)(packet + ip->ihl * 4);
  return reply->type == ICMP_ECHOREPLY ? 0 : -1;
}}
""",
    # Helpers: parse a port, print an address.
    """
int parse_port_{n}(const char *text, unsigned short *out) {{
  char *end = NULL;
  errno = 0;
  long v = strtol(text, &end, 10);
  if (errno || end == text || *end || v < 1 || v > 65535)
    return -1;
  *out = (unsigned short)v;
  return 0;
}}

const char *format_peer_{n}(const struct sockaddr_in *sa, char *out, size_t size) {{
  char host[INET_ADDRSTRLEN];
  if (!inet_ntop(AF_INET, &sa->sin_addr, host, sizeof host))
    return "?";
  snprintf(out, size, "%s:%u", host, (unsigned)ntohs(sa->sin_port));
  return out;
}}
""",
    # Wrappers: open a listener, learn the port the kernel picked.
    """
int open_listener_{n}(int family, unsigned short port) {{
  int fd = socket(family, SOCK_STREAM, 0);
  if (fd < 0)
    return -1;
  if (family == AF_INET6) {{
    struct sockaddr_in6 sa6;
    memset(&sa6, 0, sizeof sa6);
    sa6.sin6_family = AF_INET6;
    sa6.sin6_addr = in6addr_any;
    sa6.sin6_port = htons(port);
    if (bind(fd, (struct sockaddr *)&sa6, sizeof sa6) < 0)
      goto fail;
  }} else {{
    struct sockaddr_in sa = {{.sin_family = AF_INET, .sin_port = htons(port)}};
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
      goto fail;
  }}
  if (listen(fd, SOMAXCONN) < 0)
    goto fail;
  g_listen_fd_{tu} = fd;
  return fd;
fail:
  close(fd);
  return -1;
}}

unsigned short bound_port_{n}(int fd) {{
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  if (getsockname(fd, (struct sockaddr *)&sa, &len) < 0)
    return 0;
  return ntohs(sa.sin_port);
}}

int ephemeral_listener_{n}(unsigned short *port) {{
  int fd = open_listener_{n}(AF_INET, 0);
  if (fd < 0)
    return -1;
  *port = bound_port_{n}(fd);
  return fd;
}}
""",
    # A connection table: no socket call in most of it.
    """
static struct conn conns_{n}[64];

struct conn *conn_find_{n}(int fd) {{
  for (size_t i = 0; i < sizeof conns_{n} / sizeof conns_{n}[0]; ++i)
    if (conns_{n}[i].fd == fd)
      return &conns_{n}[i];
  return NULL;
}}

size_t conn_take_line_{n}(struct conn *c, char *out, size_t size) {{
  for (size_t i = 0; i < c->used; ++i) {{
    if (c->buf[i] != '\\n')
      continue;
    size_t n = i < size - 1 ? i : size - 1;
    memcpy(out, c->buf, n);
    out[n] = 0;
    memmove(c->buf, c->buf + i + 1, c->used - i - 1);
    c->used -= i + 1;
    return n;
  }}
  return 0;
}}

int conn_connect_{n}(struct conn *c, const char *ip, unsigned short port) {{
  c->fd = socket(AF_INET, SOCK_STREAM, 0);
  if (c->fd < 0)
    return -1;
  memset(&c->peer, 0, sizeof c->peer);
  c->peer.sin_family = AF_INET;
  c->peer.sin_port = htons(port);
  inet_pton(AF_INET, ip, &c->peer.sin_addr);
  int flags = fcntl(c->fd, F_GETFL, 0);
  fcntl(c->fd, F_SETFL, flags | O_NONBLOCK);
  if (connect(c->fd, (struct sockaddr *)&c->peer, sizeof c->peer) < 0 &&
      errno != EINPROGRESS) {{
    close(c->fd);
    c->fd = -1;
    return -1;
  }}
  c->used = 0;
  return 0;
}}
""",
    # A protocol state machine: branches, no socket call.
    """
enum state_{n} {{ S{n}_IDLE, S{n}_HEADER, S{n}_BODY, S{n}_DONE, S{n}_ERROR }};

enum state_{n} step_{n}(enum state_{n} s, int byte, unsigned *count) {{
  switch (s) {{
  case S{n}_IDLE:
    if (byte == 'H') {{
      *count = 0;
      return S{n}_HEADER;
    }}
    return S{n}_IDLE;
  case S{n}_HEADER:
    if (byte == ':')
      return S{n}_BODY;
    if (++*count > 64)
      return S{n}_ERROR;
    return S{n}_HEADER;
  case S{n}_BODY:
    if (byte == '\\n')
      return S{n}_DONE;
    if (byte < 0x20 && byte != '\\t')
      return S{n}_ERROR;
    return S{n}_BODY;
  default:
    return s;
  }}
}}

int run_machine_{n}(const char *text) {{
  enum state_{n} s = S{n}_IDLE;
  unsigned count = 0;
  for (const char *p = text; *p && s != S{n}_ERROR; ++p)
    s = step_{n}(s, (unsigned char)*p, &count);
  return s == S{n}_DONE ? (int)count : -1;
}}
""",
    # AF_UNIX: no ports at all.
    """
int unix_client_{n}(const char *path, const void *msg, size_t len) {{
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0)
    return -1;
  struct sockaddr_un sun;
  memset(&sun, 0, sizeof sun);
  sun.sun_family = AF_UNIX;
  strncpy(sun.sun_path, path, sizeof sun.sun_path - 1);
  if (connect(fd, (struct sockaddr *)&sun, sizeof sun) < 0) {{
    close(fd);
    return -1;
  }}
  ssize_t sent = send(fd, msg, len, 0);
  close(fd);
  return sent == (ssize_t)len ? 0 : -1;
}}
""",
]

# Planted mistakes, one of which replaces every fifteenth function.
C_DEFECTS = [
    # Host byte order port.
    """
int bad_order_{n}(void) {{
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = {port};
  return bind(fd, (struct sockaddr *)&sa, sizeof sa);
}}
""",
    # Connect to port 0.
    """
int bad_zero_{n}(const char *ip) {{
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {{0}};
  sa.sin_family = AF_INET;
  inet_pton(AF_INET, ip, &sa.sin_addr);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}}
""",
    # Probe a free port, then close it: the port is free for anyone.
    """
int bad_probe_{n}(void) {{
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {{.sin_family = AF_INET}};
  socklen_t len = sizeof sa;
  bind(fd, (struct sockaddr *)&sa, sizeof sa);
  getsockname(fd, (struct sockaddr *)&sa, &len);
  close(fd);
  return ntohs(sa.sin_port);
}}
""",
]

CXX_FUNCTIONS = [
    # An RAII listener with a client table.
    """
namespace net{tu} {{
class Server{n} {{
public:
  explicit Server{n}(std::uint16_t port) : port_(port) {{}}

  void start() {{
    Fd fd(::socket(AF_INET6, SOCK_STREAM, 0));
    if (fd.get() < 0)
      throw std::runtime_error("socket");
    int off = 0;
    ::setsockopt(fd.get(), IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
    sockaddr_in6 sa{{}};
    sa.sin6_family = AF_INET6;
    sa.sin6_addr = in6addr_any;
    sa.sin6_port = htons(port_);
    if (::bind(fd.get(), reinterpret_cast<sockaddr *>(&sa), sizeof sa) < 0)
      throw std::runtime_error("bind " + std::to_string(port_));
    if (::listen(fd.get(), 64) < 0)
      throw std::runtime_error("listen");
    listener_ = std::move(fd);
  }}

  int acceptOne() {{
    sockaddr_storage peer{{}};
    socklen_t len = sizeof peer;
    int c = ::accept(listener_.get(), reinterpret_cast<sockaddr *>(&peer), &len);
    if (c < 0)
      return -1;
    clients_.emplace(c, describe(peer));
    return c;
  }}

  std::size_t broadcast(const std::string &text) {{
    std::size_t sent = 0;
    for (auto &[fd, name] : clients_)
      if (::send(fd, text.data(), text.size(), MSG_NOSIGNAL) == ssize_t(text.size()))
        ++sent;
    return sent;
  }}

private:
  static std::string describe(const sockaddr_storage &peer) {{
    char host[INET6_ADDRSTRLEN] = "?";
    std::uint16_t port = 0;
    if (peer.ss_family == AF_INET) {{
      auto *in = reinterpret_cast<const sockaddr_in *>(&peer);
      ::inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
      port = ntohs(in->sin_port);
    }} else if (peer.ss_family == AF_INET6) {{
      auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&peer);
      ::inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
      port = ntohs(in6->sin6_port);
    }}
    return std::string(host) + ":" + std::to_string(port);
  }}

  std::uint16_t port_;
  Fd listener_;
  std::map<int, std::string> clients_;
}};
}} // namespace net{tu}
""",
    # A client with resolver and retries, through a lambda.
    """
namespace net{tu} {{
inline Fd dial{n}(const std::string &host, const std::string &service) {{
  addrinfo hints{{}};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo *raw = nullptr;
  if (::getaddrinfo(host.c_str(), service.c_str(), &hints, &raw) != 0)
    return Fd();
  std::unique_ptr<addrinfo, void (*)(addrinfo *)> res(raw, ::freeaddrinfo);
  auto attempt = [](const addrinfo *ai) {{
    Fd fd(::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol));
    if (fd.get() >= 0 && ::connect(fd.get(), ai->ai_addr, ai->ai_addrlen) == 0)
      return fd;
    return Fd();
  }};
  for (const addrinfo *ai = res.get(); ai; ai = ai->ai_next) {{
    Fd fd = attempt(ai);
    if (fd.get() >= 0)
      return fd;
  }}
  return Fd();
}}
}} // namespace net{tu}
""",
    # A UDP sender holding its destinations.
    """
namespace net{tu} {{
struct Endpoint{n} {{
  std::string ip;
  std::uint16_t port;
}};

class Sender{n} {{
public:
  Sender{n}() : fd_(::socket(AF_INET, SOCK_DGRAM, 0)) {{}}

  void add(Endpoint{n} e) {{ targets_.push_back(std::move(e)); }}

  int sendAll(const std::vector<char> &payload) {{
    int ok = 0;
    for (const Endpoint{n} &e : targets_) {{
      sockaddr_in sa{{}};
      sa.sin_family = AF_INET;
      sa.sin_port = htons(e.port);
      if (::inet_pton(AF_INET, e.ip.c_str(), &sa.sin_addr) != 1)
        continue;
      if (::sendto(fd_.get(), payload.data(), payload.size(), 0,
                   reinterpret_cast<const sockaddr *>(&sa), sizeof sa) >= 0)
        ++ok;
    }}
    return ok;
  }}

  std::uint16_t localPort() const {{
    sockaddr_in sa{{}};
    socklen_t len = sizeof sa;
    ::getsockname(fd_.get(), reinterpret_cast<sockaddr *>(&sa), &len);
    return ntohs(sa.sin_port);
  }}

private:
  Fd fd_;
  std::vector<Endpoint{n}> targets_;
}};
}} // namespace net{tu}
""",
    # Ordinary C++: parsing, containers, algorithms.
    """
namespace net{tu} {{
inline std::map<std::string, std::string> parseHeaders{n}(const std::string &text) {{
  std::map<std::string, std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {{
    std::size_t end = text.find('\\n', pos);
    if (end == std::string::npos)
      end = text.size();
    std::string line = text.substr(pos, end - pos);
    std::size_t colon = line.find(':');
    if (colon != std::string::npos) {{
      std::string key = line.substr(0, colon);
      std::transform(key.begin(), key.end(), key.begin(),
                     [](unsigned char c) {{ return char(std::tolower(c)); }});
      std::string value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      out[key] = value;
    }}
    pos = end + 1;
  }}
  return out;
}}

template <typename T>
std::vector<T> topN{n}(std::vector<T> items, std::size_t n,
                       std::function<bool(const T &, const T &)> less) {{
  std::sort(items.begin(), items.end(), less);
  if (items.size() > n)
    items.resize(n);
  return items;
}}

inline std::vector<int> ports{n}(const std::vector<int> &all) {{
  return topN{n}<int>(all, 8, [](const int &a, const int &b) {{ return a < b; }});
}}
}} // namespace net{tu}
""",
]

CXX_DEFECTS = [
    """
namespace net{tu} {{
inline int badOrder{n}() {{
  Fd fd(::socket(AF_INET, SOCK_STREAM, 0));
  sockaddr_in sa{{}};
  sa.sin_family = AF_INET;
  sa.sin_port = {port};
  return ::bind(fd.get(), reinterpret_cast<sockaddr *>(&sa), sizeof sa);
}}
}} // namespace net{tu}
""",
]


def translation_unit(tu, lines, cxx, rng):
    """The text of one TU of about `lines` lines."""
    header = (CXX_HEADER if cxx else C_HEADER).format(tu=tu)
    parts = [header]
    count = header.count("\n")
    templates = CXX_FUNCTIONS if cxx else C_FUNCTIONS
    defects = CXX_DEFECTS if cxx else C_DEFECTS
    n = 0
    while count < lines:
        pool = defects if n % 15 == 14 else templates
        text = rng.choice(pool).format(n=n, tu=tu, port=rng.randrange(1025, 60000))
        parts.append(text)
        count += text.count("\n")
        n += 1
    return "".join(parts)


def single_function(lines, calls):
    """One function of about `lines` lines with `calls` socket calls."""
    per_block = max(lines // max(calls, 1), 6)
    out = [C_HEADER.format(tu=0),
           "int one_big_function(int argc, char **argv, const char *buf, size_t len) {\n",
           "  int fd = socket(AF_INET, SOCK_DGRAM, 0);\n",
           "  long total = 0;\n"]
    kinds = ["sendto", "bind", "connect", "getsockname", "setsockopt", "recv"]
    for k in range(calls):
        kind = kinds[k % len(kinds)]
        block = ["  {",
                 f"    struct sockaddr_in a{k};",
                 f"    memset(&a{k}, 0, sizeof a{k});",
                 f"    a{k}.sin_family = AF_INET;"]
        # Binds keep port 0 (an ephemeral port, learned by the getsockname()
        # calls after them): each one makes the checks look at what follows.
        if kind != "bind":
            block.append(f"    a{k}.sin_port = htons((unsigned short)({1024 + k % 50000} + argc));")
        if kind == "sendto":
            block.append(f"    long r{k} = sendto(fd, buf, len, 0, (struct sockaddr *)&a{k}, sizeof a{k});")
        elif kind == "bind":
            block.append(f"    long r{k} = bind(fd, (struct sockaddr *)&a{k}, sizeof a{k});")
        elif kind == "connect":
            block.append(f"    long r{k} = connect(fd, (struct sockaddr *)&a{k}, sizeof a{k});")
        elif kind == "getsockname":
            block += [f"    socklen_t l{k} = sizeof a{k};",
                      f"    long r{k} = getsockname(fd, (struct sockaddr *)&a{k}, &l{k});"]
        elif kind == "setsockopt":
            block.append(f"    long r{k} = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &argc, sizeof argc);")
        else:
            block.append(f"    long r{k} = recv(fd, (void *)buf, len, 0);")
        block += [f"    if (r{k} < 0 && argc > {k % 7})",
                  f"      total -= {k % 13};",
                  f"    else",
                  f"      total += r{k};"]
        while len(block) < per_block - 1:
            block.append(f"    total ^= (long)argv[0][{len(block) % 5}];")
        block.append("  }")
        out.append("\n".join(block) + "\n")
    out.append("  close(fd);\n  return (int)total;\n}\n")
    return "".join(out)


def write_database(out_dir, files):
    entries = []
    for name in files:
        cxx = name.endswith(".cpp")
        command = (["clang++", "-std=c++17"] if cxx else ["clang", "-std=gnu11"]) + [
            "-O2", "-Wall", "-c", name, "-o", name + ".o"]
        entries.append({"directory": out_dir, "file": name, "arguments": command})
    with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)


def sizes(files, low, high):
    if files == 1:
        return [low]
    ratio = (high / low) ** (1 / (files - 1))
    return [int(round(low * ratio ** i)) for i in range(files)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    corpus = sub.add_parser("corpus")
    corpus.add_argument("out_dir")
    corpus.add_argument("--files", type=int, default=12)
    corpus.add_argument("--scale", type=float, default=1.0)
    corpus.add_argument("--min-lines", type=int, default=200)
    corpus.add_argument("--max-lines", type=int, default=20000)
    corpus.add_argument("--seed", type=int, default=6)
    single = sub.add_parser("single")
    single.add_argument("out_dir")
    single.add_argument("--lines", type=int, default=20000)
    single.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()

    out_dir = os.path.abspath(args.out_dir)
    os.makedirs(out_dir, exist_ok=True)
    names = []
    if args.mode == "corpus":
        for tu, lines in enumerate(sizes(args.files, args.min_lines, args.max_lines)):
            cxx = tu % 2 == 1
            name = f"tu{tu:03d}.{'cpp' if cxx else 'c'}"
            rng = random.Random(args.seed * 1000 + tu)
            text = translation_unit(tu, math.ceil(lines * args.scale), cxx, rng)
            with open(os.path.join(out_dir, name), "w") as f:
                f.write(text)
            names.append(name)
    else:
        name = "single.c"
        with open(os.path.join(out_dir, name), "w") as f:
            f.write(single_function(args.lines, args.calls))
        names.append(name)
    write_database(out_dir, names)


if __name__ == "__main__":
    main()
