"""Runs porttidy on every file in a directory and requires that it copes.

usage: run-inputs.py PORTTIDY INPUTS_DIR STAND_INS_DIR

Each file is analysed as C and as C++, against the installed headers (glibc,
asio, libuv) plus the stand-ins for platforms that cannot be installed here
(STAND_INS_DIR, test/Inputs/platform-stand-ins) on the include path. porttidy
must exit 0, 1 or 2 (findings or compile errors are fine), within 120 s,
without a crash report, an LLVM fatal error or a sanitizer report. Used by
hostile-fuzz-regressions.test for the fuzzer's finds.
"""
import subprocess
import sys
from pathlib import Path

BAD = ("crashed while analysing", "LLVM ERROR", "Sanitizer", "runtime error:", "Stack dump")


def main():
    porttidy, inputs, stand_ins = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    files = sorted(p for p in inputs.iterdir() if p.is_file() and p.name != "README.md")
    failed = 0
    for path in files:
        for lang in ("c", "c++"):
            cmd = [porttidy, str(path), "--checks=-*,port-*", "--config={}", "--",
                   "-x", lang, f"-I{stand_ins}"]
            try:
                proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      stdin=subprocess.DEVNULL, timeout=120)
            except subprocess.TimeoutExpired:
                print(f"FAIL {path.name} ({lang}): no result within 120 s")
                failed += 1
                continue
            err = proc.stderr.decode(errors="replace")
            if proc.returncode not in (0, 1, 2) or any(b in err for b in BAD):
                print(f"FAIL {path.name} ({lang}): exit {proc.returncode}\n{err}")
                failed += 1
    print(f"run-inputs: {len(files)} inputs, {failed} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main())
