#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds porttidy and runs the whole lit
# suite. The last line of output is always the count, e.g. `42 passed, 0 failed`
# (`, N skipped` is added for unsupported tests); the exit status is non-zero
# when anything failed or when no test ran.
#
#   scripts/test.sh                   # LLVM 19, build/
#   LLVM_VERSION=22 scripts/test.sh   # LLVM 22, build-llvm22/
#   BUILD_DIR=/tmp/b JOBS=2 scripts/test.sh
# Extra arguments go to lit, e.g. `scripts/test.sh --filter=runner`.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$REPO_ROOT"

passed=0 failed=0 skipped=0
# shellcheck disable=SC2317  # called from the EXIT trap
summary() {
  local line="$passed passed, $failed failed"
  [ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
  echo "$line"
}
# Whatever goes wrong, the count stays the last line.
trap summary EXIT

# A failed set-up or build counts as one failure: no test could run.
if ! bash "$REPO_ROOT/scripts/install-deps.sh"; then
  log "installing the dependencies failed"
  failed=1
  exit 1
fi
if ! build_porttidy; then
  log "the build failed; no test ran"
  failed=1
  exit 1
fi

lit=""
for candidate in "$LLVM_PREFIX/build/utils/lit/lit.py" "$LLVM_PREFIX/utils/lit/lit.py" \
                 "$LLVM_PREFIX/bin/lit"; do
  if [ -f "$candidate" ]; then
    lit="$candidate"
    break
  fi
done
if [ -z "$lit" ]; then
  log "lit not found under $LLVM_PREFIX (package llvm-$LLVM_VERSION-tools)"
  failed=1
  exit 1
fi

results="$BUILD_DIR/test/lit-results.xml"
rm -f "$results"
log "running the lit suite: python3 $lit -sv $BUILD_DIR/test"
lit_status=0
python3 "$lit" -sv --xunit-xml-output="$results" "$@" "$BUILD_DIR/test" || lit_status=$?

if [ ! -f "$results" ]; then
  log "lit exited $lit_status and ran no test"
  exit 1
fi
# lit's xunit report is the same across LLVM majors, unlike its text summary.
counts="$(python3 - "$results" <<'PY' 2>&1
import sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
for case in ET.parse(sys.argv[1]).getroot().iter("testcase"):
    if case.find("failure") is not None or case.find("error") is not None:
        failed += 1
    elif (skip := case.find("skipped")) is not None:
        # Tests left out by --filter are not part of this run at all.
        if not skip.get("message", "").startswith("Test not selected"):
            skipped += 1
    else:
        passed += 1
print(passed, failed, skipped)
PY
)" || true
if [[ "$counts" =~ ^([0-9]+)\ ([0-9]+)\ ([0-9]+)$ ]]; then
  passed="${BASH_REMATCH[1]}" failed="${BASH_REMATCH[2]}" skipped="${BASH_REMATCH[3]}"
else
  log "could not read lit's results from $results: $counts"
  passed=0 failed=1 skipped=0
  exit 1
fi

if [ "$lit_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  log "lit exited $lit_status without a failed test in its report"
  failed=1
fi
if [ "$failed" -ne 0 ]; then
  exit 1
fi
if [ "$passed" -eq 0 ]; then
  log "no test ran"
  exit 1
fi
exit 0
