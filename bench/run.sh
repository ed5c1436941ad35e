#!/usr/bin/env bash
# Times porttidy on a synthetic corpus against the same parse with no check
# enabled, and reports the analysis cost per function and peak memory.
#   bench/run.sh [FUNCTIONS]        (default 2000; needs build/ from scripts/)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
functions=${1:-2000}
build=${BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_corpus.py "$functions" > "$work/corpus.c"

measure() { # label, then the command; prints seconds and peak KiB
  /usr/bin/time -f "%e %M" -o "$work/time" "${@:2}" > /dev/null 2>&1 || true
  read -r seconds kib < "$work/time"
  printf '%-28s %8ss %8s KiB\n' "$1" "$seconds" "$kib"
  echo "$seconds"  > "$work/$1.s"
}

tidy=/usr/lib/llvm-19/bin/clang-tidy
measure parse-only "$tidy" --checks='-*,misc-unused-parameters' "$work/corpus.c" --
measure porttidy "$build/bin/porttidy" "$work/corpus.c" --
measure plugin "$tidy" --load="$build/lib/PortTidy.so" --checks='-*,port-*' "$work/corpus.c" --
python3 - "$work" "$functions" <<'PY'
import sys
work, functions = sys.argv[1], int(sys.argv[2])
base = float(open(f"{work}/parse-only.s").read())
cli = float(open(f"{work}/porttidy.s").read())
print(f"analysis cost: {max(cli - base, 0) * 1e6 / functions:.0f} us per function "
      f"({functions} functions)")
PY
