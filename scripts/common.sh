# shellcheck shell=bash
# Shared by run-example.sh and test.sh; source it, don't run it.
# Sets REPO_ROOT, LLVM_VERSION, LLVM_PREFIX and BUILD_DIR, and defines
# build_porttidy.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LLVM_VERSION="${LLVM_VERSION:-19}"
export LLVM_VERSION
LLVM_PREFIX="/usr/lib/llvm-$LLVM_VERSION"
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

# Configures (only when needed) and builds porttidy's plugin and CLI.
build_porttidy() {
  local cache="$BUILD_DIR/CMakeCache.txt"
  # CMake caches the LLVM it found: a build directory configured against
  # another install would mix the two, so start that one over.
  if [ -f "$cache" ] && ! grep -q "^LLVM_DIR:PATH=$LLVM_PREFIX/" "$cache"; then
    log "$BUILD_DIR was configured for another LLVM; reconfiguring from scratch"
    rm -rf "$cache" "$BUILD_DIR/CMakeFiles"
  fi
  log "configuring porttidy against LLVM $LLVM_VERSION in $BUILD_DIR"
  cmake -S "$REPO_ROOT" -B "$BUILD_DIR" -G Ninja -DLLVM_ROOT="$LLVM_PREFIX"
  log "building porttidy"
  ninja -C "$BUILD_DIR" ${JOBS:+-j "$JOBS"}
}
