# shellcheck shell=bash
# Shared by run-example.sh and test.sh; source it, don't run it.
# Sets REPO_ROOT, LLVM_VERSION, LLVM_PREFIX and BUILD_DIR, and defines
# use_llvm, build_in, build_porttidy and build_sanitized.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# use_llvm VERSION: the LLVM major the following builds and runs use.
use_llvm() {
  LLVM_VERSION="$1"
  export LLVM_VERSION
  LLVM_PREFIX="/usr/lib/llvm-$LLVM_VERSION"
}
use_llvm "${LLVM_VERSION:-19}"
# 19 is the reference build in build/; another major gets a build directory of
# its own, since CMake caches the LLVM it found.
if [ -z "${BUILD_DIR:-}" ]; then
  if [ "$LLVM_VERSION" = 19 ]; then
    BUILD_DIR="$REPO_ROOT/build"
  else
    BUILD_DIR="$REPO_ROOT/build-llvm$LLVM_VERSION"
  fi
fi
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$PWD/$BUILD_DIR" ;; esac

log() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; }

# build_in DIR [CMAKE_ARGS...]: configures DIR against $LLVM_PREFIX and builds
# it (plugin, CLI, and whatever the arguments enable).
build_in() {
  local dir="$1"
  shift
  local cache="$dir/CMakeCache.txt"
  # CMake caches the LLVM it found: a build directory configured against
  # another install would mix the two, so start that one over.
  if [ -f "$cache" ] && ! grep -q "^LLVM_DIR:PATH=$LLVM_PREFIX/" "$cache"; then
    log "$dir was configured for another LLVM; reconfiguring from scratch"
    rm -rf "$cache" "$dir/CMakeFiles"
  fi
  log "configuring porttidy against LLVM $LLVM_VERSION in $dir"
  cmake -S "$REPO_ROOT" -B "$dir" -G Ninja -DLLVM_ROOT="$LLVM_PREFIX" "$@"
  log "building porttidy in $dir"
  ninja -C "$dir" ${JOBS:+-j "$JOBS"}
}

# Configures (only when needed) and builds porttidy's plugin and CLI.
build_porttidy() {
  build_in "$BUILD_DIR"
}

# build_sanitized DIR: plugin and CLI under ASan + UBSan, plus the libFuzzer
# target (fuzz/): one instrumented build serves the sanitizer suite and the
# fuzzer. The sanitizers need clang; the one of the LLVM in use matches its
# runtime (libclang-rt-N-dev). -O1 keeps the build quick and the reports
# precise; NDEBUG must stay, as in LLVM's own release build.
build_sanitized() {
  build_in "$1" -DCMAKE_C_COMPILER="$LLVM_PREFIX/bin/clang" \
    -DCMAKE_CXX_COMPILER="$LLVM_PREFIX/bin/clang++" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" \
    -DPORTTIDY_SANITIZE=address,undefined -DPORTTIDY_FUZZ=ON
}
