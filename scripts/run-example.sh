#!/usr/bin/env bash
# The porttidy demo: installs what is missing (Debian 12), builds porttidy,
# configures the example program in examples/ and checks it twice, with the
# porttidy CLI over its compile database and with the plugin in a stock
# clang-tidy on one file. The example has deliberate port bugs, so findings are
# the expected outcome: this script exits 0 when both runs report them and
# non-zero when either finds nothing or fails.
#
#   scripts/run-example.sh
#   LLVM_VERSION=22 scripts/run-example.sh
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$REPO_ROOT"

bash "$REPO_ROOT/scripts/install-deps.sh"
build_porttidy

examples_build="$BUILD_DIR/examples"
log "configuring and building examples/ in $examples_build"
cmake -S "$REPO_ROOT/examples" -B "$examples_build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
ninja -C "$examples_build"

demo_failed=0

echo
echo "==> porttidy -p $examples_build"
status=0
"$BUILD_DIR/bin/porttidy" -p "$examples_build" || status=$?
case "$status" in
  1) echo "==> porttidy exited 1: it found the planted bugs (expected)" ;;
  0) echo "==> porttidy exited 0: no findings, but examples/ has planted bugs" >&2
     demo_failed=1 ;;
  *) echo "==> porttidy exited $status: tool error" >&2
     demo_failed=1 ;;
esac

clang_tidy="$LLVM_PREFIX/bin/clang-tidy"
one_file="$REPO_ROOT/examples/upstream.c"
echo
echo "==> clang-tidy-$LLVM_VERSION --load=$BUILD_DIR/lib/PortTidy.so --checks='-*,port-*' -p $examples_build $one_file"
output=""
status=0
output="$("$clang_tidy" --load="$BUILD_DIR/lib/PortTidy.so" --checks='-*,port-*' \
          -p "$examples_build" "$one_file" 2>&1)" || status=$?
printf '%s\n' "$output"
if [ "$status" -ne 0 ]; then
  echo "==> clang-tidy exited $status" >&2
  demo_failed=1
elif ! grep -q 'warning: .*\[port-zero-destination\]' <<<"$output"; then
  echo "==> the plugin reported no port-zero-destination finding in $one_file" >&2
  demo_failed=1
else
  echo "==> the plugin found the planted bug (expected)"
fi

echo
if [ "$demo_failed" -ne 0 ]; then
  echo "run-example: FAILED (see above)"
  exit 1
fi
echo "run-example: OK, both engines reported the planted bugs"
