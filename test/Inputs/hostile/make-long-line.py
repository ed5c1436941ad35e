"""Writes a C source with a line of about 1 MB, for hostile-long-line.test.

usage: make-long-line.py array|comment

array:   a 1 MB initializer on one line (embedded data, as xxd -i writes it),
         then a connect() to port 0 on a line of its own;
comment: a 1 MB comment, then the connect() to port 0 on the same line.
"""
import sys

HEADER = ("#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"
          "#include <string.h>\n")
BODY = ("int bad_client(void) {\n  int fd = socket(AF_INET, SOCK_STREAM, 0);\n"
        "  struct sockaddr_in sa;\n  memset(&sa, 0, sizeof sa);\n  sa.sin_family = AF_INET;\n")
CONNECT = "return connect(fd, (struct sockaddr *)&sa, sizeof sa);\n}\n"

kind = sys.argv[1]
if kind == "array":
    blob = ",".join(["0x5a"] * (1 << 18))  # 5 bytes each: ~1.3 MB
    sys.stdout.write(HEADER + "const unsigned char blob[] = {" + blob + "};\n" + BODY + "  " + CONNECT)
elif kind == "comment":
    sys.stdout.write(HEADER + BODY + "  /*" + "x" * (1 << 20) + "*/ " + CONNECT)
else:
    sys.exit(f"unknown kind {kind}")
