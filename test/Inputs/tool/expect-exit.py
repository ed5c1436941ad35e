"""Run a command and require an exact exit status.

lit's `not` only tells zero from non-zero; porttidy's exit status has three
meanings (0 clean, 1 findings, 2 failure), so its tests pin the number.

usage: expect-exit.py STATUS COMMAND [ARG...]
The command's stdout and stderr pass through unchanged.
"""
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: expect-exit.py STATUS COMMAND [ARG...]")
    expected = int(sys.argv[1])
    sys.stdout.flush()
    actual = subprocess.call(sys.argv[2:])
    if actual != expected:
        sys.stderr.write(
            f"expect-exit.py: expected exit status {expected}, got {actual}: "
            f"{' '.join(sys.argv[2:])}\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
