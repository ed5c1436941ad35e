#!/usr/bin/env python3
"""Writes a synthetic C file of socket-heavy functions for timing porttidy.

Each function builds addresses several ways, branches, loops and calls the
socket API, so the analysis (one CFG and one dataflow per function) does
real work. Usage: gen_corpus.py FUNCTIONS > corpus.c
"""
import sys

HEADER = """#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
"""

BODY = """
int worker_{n}(int argc, char **argv, int mode) {{
  int fd = socket(AF_INET, mode ? SOCK_DGRAM : SOCK_STREAM, 0);
  struct sockaddr_in sa = {{.sin_family = AF_INET}};
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  struct sockaddr_in *alias = (struct sockaddr_in *)&ss;
  alias->sin_family = AF_INET;
  unsigned short port = argc > 1 ? (unsigned short)atoi(argv[1]) : {port};
  for (int i = 0; i < argc; ++i) {{
    if (i % 3 == 0)
      sa.sin_port = htons(port + i);
    else if (i % 3 == 1)
      alias->sin_port = htons(port);
    else
      inet_pton(AF_INET, argv[i], &sa.sin_addr);
  }}
  if (mode == 2) {{
    struct sockaddr_in local;
    socklen_t len = sizeof local;
    bind(fd, (struct sockaddr *)&ss, sizeof ss);
    getsockname(fd, (struct sockaddr *)&local, &len);
  }}
  if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {{
    close(fd);
    return -1;
  }}
  sendto(fd, "x", 1, 0, (struct sockaddr *)&ss, sizeof ss);
  return fd;
}}
"""


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    sys.stdout.write(HEADER)
    for n in range(count):
        sys.stdout.write(BODY.format(n=n, port=1024 + n % 4000))


if __name__ == "__main__":
    main()
