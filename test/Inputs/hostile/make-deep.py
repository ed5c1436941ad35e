"""Writes a C source with DEPTH-deep nesting of one kind, for hostile-deep-nesting.test.

usage: make-deep.py parens|braces|else-if|unary DEPTH

The nesting is on line 5; a connect() to port 0 follows it (its warning is at
line 12, column 10) so a test can tell that the analysis went on.
"""
import sys

HEADER = "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <string.h>\n\n"
BAD_CLIENT = """
int bad_client(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  return connect(fd, (struct sockaddr *)&sa, sizeof sa);
}
"""

kind, depth = sys.argv[1], int(sys.argv[2])
if kind == "parens":
    body = "int deep_parens(void) { return " + "(" * depth + "1" + ")" * depth + "; }\n"
elif kind == "braces":
    body = "void deep_braces(void) " + "{" * depth + "}" * depth + "\n"
elif kind == "else-if":
    # No brackets at all: clang's bracket limit does not apply.
    body = ("int deep_else_if(int x) { if (x == 0) return 0;"
            + "".join(f" else if (x == {i}) return {i};" for i in range(1, depth))
            + " return -1; }\n")
elif kind == "unary":
    # A 10,000-deep expression tree without brackets: !!!!...x
    body = "int deep_unary(int x) { return " + "!" * depth + "x; }\n"
else:
    sys.exit(f"unknown kind {kind}")
sys.stdout.write(HEADER + body + BAD_CLIENT)
