#!/usr/bin/env bash
# Builds the porttidy CLI and plugin from this source tree into BUILD_DIR,
# once: for the self-installing pre-commit hook (scripts/pre-commit-hook.sh)
# and the GitHub Action (scripts/github-action.sh), which keep BUILD_DIR in
# pre-commit's cache and in actions/cache. A BUILD_DIR that holds a finished
# build for the same LLVM is used as it is.
#
#   scripts/build-porttidy.sh BUILD_DIR     # prints the CLI's path on stdout
#
# PORTTIDY_LLVM_VERSION picks the LLVM major (default: 19 if its packages
# are installed, else the newest of 20 to 22 that is). Nothing is installed:
# when a package is missing, one line names them all (exit 2). Progress goes
# to stderr, one line per tenth of the build.
set -euo pipefail

source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:?usage: scripts/build-porttidy.sh BUILD_DIR}"
say() { echo "porttidy: $*" >&2; }
fail() { say "error: $*"; exit 2; }

# What each major needs, by a file its Debian package installs.
missing_packages() {
  local v="$1" root="/usr/lib/llvm-$1" missing=()
  [ -f "$root/lib/cmake/llvm/LLVMConfig.cmake" ] || missing+=("llvm-$v-dev")
  [ -f "$root/lib/cmake/clang/ClangConfig.cmake" ] || missing+=("clang-$v")
  [ -f "$root/include/clang-tidy/ClangTidy.h" ] || missing+=("libclang-$v-dev")
  [ -x "$root/bin/clang-tidy" ] || missing+=("clang-tidy-$v")
  echo "${missing[*]}"
}

version="${PORTTIDY_LLVM_VERSION:-}"
if [ -z "$version" ]; then
  for candidate in 19 22 21 20; do
    if [ -z "$(missing_packages "$candidate")" ]; then version="$candidate"; break; fi
  done
  version="${version:-19}"
fi
stamp="$build/.porttidy-built"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "llvm-$version" ] && [ -x "$build/bin/porttidy" ]; then
  echo "$build/bin/porttidy"
  exit 0
fi

missing="$(missing_packages "$version")"
for tool in cmake python3; do
  command -v "$tool" > /dev/null || missing="$missing $tool"
done
command -v ninja > /dev/null || command -v make > /dev/null || missing="$missing ninja-build"
command -v c++ > /dev/null || command -v "clang++-$version" > /dev/null || missing="$missing g++"
missing="$(echo $missing)"
if [ -n "$missing" ]; then
  fail "cannot build porttidy with LLVM $version: missing packages $missing (apt-get install $missing)"
fi

# One build at a time in BUILD_DIR: a second hook run waits for the first.
mkdir -p "$build"
exec 9> "$build.lock"
flock 9
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "llvm-$version" ] && [ -x "$build/bin/porttidy" ]; then
  echo "$build/bin/porttidy"
  exit 0
fi
rm -f "$stamp"

generator=(-G Ninja)
command -v ninja > /dev/null || generator=(-G "Unix Makefiles")
compiler=()
command -v c++ > /dev/null || compiler=(-DCMAKE_CXX_COMPILER="clang++-$version" -DCMAKE_C_COMPILER="clang-$version")
say "building porttidy with LLVM $version in $build (first run only: a few minutes)"
log="$build/build.log"
if ! cmake -S "$source_dir" -B "$build" "${generator[@]}" "${compiler[@]}" \
      -DCMAKE_BUILD_TYPE=Release -DLLVM_ROOT="/usr/lib/llvm-$version" > "$log" 2>&1; then
  tail -n 20 "$log" >&2
  fail "cannot configure the porttidy build (log: $log)"
fi
# Ninja and Make print "[n/N]" and "[ n%]"; a line per tenth is enough.
if ! cmake --build "$build" --target porttidy PortTidyPlugin -j "$(nproc)" 2>&1 |
    tee -a "$log" |
    awk '
      match($0, /^\[ *[0-9]+\/[0-9]+\]/) {
        split(substr($0, RSTART + 1, RLENGTH - 2), n, "/"); p = int(100 * n[1] / n[2])
      }
      match($0, /^\[ *[0-9]+%\]/) { p = int(substr($0, RSTART + 1, RLENGTH - 3)) }
      p >= next_tenth { printf "porttidy: building porttidy: %d%%\n", p > "/dev/stderr"; next_tenth = p - p % 10 + 10 }
    '; then
  tail -n 20 "$log" >&2
  fail "cannot build porttidy (log: $log)"
fi
echo "llvm-$version" > "$stamp"
say "porttidy is built; later runs reuse it"
echo "$build/bin/porttidy"
