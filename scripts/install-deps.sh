#!/usr/bin/env bash
# Installs what porttidy needs to build and test on Debian 12: LLVM/Clang
# $LLVM_VERSION (default 19) with clang-tidy, the Clang/LLVM development files,
# the LLVM test tools (lit, FileCheck) and the sanitizer/libFuzzer runtimes,
# the socket frameworks the tests analyse (asio, Boost.Asio, libuv, ZeroMQ,
# libevent, Qt 5, gRPC), plus CMake, Ninja, Python 3 and PyYAML.
#
#   scripts/install-deps.sh                  # LLVM 19
#   LLVM_VERSION=22 scripts/install-deps.sh  # another supported major
#
# When every package is already installed it does nothing (no apt-get update),
# so it is cheap to call from the other scripts on every run.
set -euo pipefail

LLVM_VERSION="${LLVM_VERSION:-19}"
V="$LLVM_VERSION"
# The other supported major, whose clang-tidy the plugin must refuse to run in.
OTHER_V=$([ "$V" = 22 ] && echo 19 || echo 22)
packages=(
  "clang-$V" "clang-tidy-$V" "libclang-$V-dev" "llvm-$V-dev" "llvm-$V-tools"
  # The sanitizer and libFuzzer runtimes (scripts/test.sh's CI stages).
  "libclang-rt-$V-dev"
  cmake ninja-build python3 g++
  # test/fixit-safety.py reads clang-tidy's exported fixes (YAML).
  python3-yaml
  # The framework headers the check tests include (test/checks/*-asio.cpp,
  # *-boost-asio.cpp, *-libuv.c, *-zmq.c, *-libevent.c, *-qt.cpp,
  # *-grpc.cpp): tests use the real headers, never copies.
  libasio-dev libboost-dev libuv1-dev libzmq3-dev libevent-dev qtbase5-dev
  libgrpc++-dev
  # Hook, packaging and plugin tests (test/tool/precommit*, staged-*, diff-*,
  # apply-replacements*, plugin-version-guard*): pre-commit and git,
  # clang-apply-replacements-$V, and the other major's clang-tidy.
  pre-commit git "clang-tools-$V" "clang-tidy-$OTHER_V"
  # SARIF validation (test/tool/sarif-*): the JSON schema validator, and Node
  # for scripts/install-sarif-tools.sh's npm install.
  python3-jsonschema nodejs
  # The Make build of the rules data (test/tool/cmake-generators.test) and
  # the SARIF merge of sharded runs (test/tool/shard.test).
  make jq
  # The .deb's checks (test/tool/install-deb.test).
  lintian
)
# Debian's npm; a NodeSource nodejs bundles its own npm and conflicts with it.
command -v npm >/dev/null 2>&1 || packages+=(npm)

installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${packages[@]}"; do
    installed "$package" || missing+=("$package")
  done
else
  # Not a Debian system: trust what is there and let the build say otherwise.
  echo "install-deps: no dpkg here; assuming LLVM $V, cmake, ninja and python3 are installed" >&2
  exit 0
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: LLVM $V toolchain, framework headers, cmake, ninja and python3 already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: not root and no sudo; install these as root: ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"; then
  echo "install-deps: could not install the LLVM $V packages from the configured apt" \
       "sources; LLVM 19 and 22 are in Debian 12's repositories (22 via" \
       "bookworm-security), others need the LLVM project's apt repository" >&2
  exit 1
fi
