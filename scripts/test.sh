#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds porttidy and runs the lit suite.
# The last line of output is always the count summed over every stage, e.g.
# `42 passed, 0 failed` (`, N skipped` is added for unsupported tests); the
# exit status is non-zero when anything failed or when no test ran.
#
#   scripts/test.sh                   # LLVM 19 suite, build/
#   LLVM_VERSION=22 scripts/test.sh   # LLVM 22 suite, build-llvm22/
#   BUILD_DIR=/tmp/b JOBS=2 scripts/test.sh
#   PORTTIDY_FULL=1 scripts/test.sh   # every stage, as CI runs it
#
# With CI=true or PORTTIDY_FULL=1 it runs four stages, each counted:
#   1. the LLVM 19 suite (build/);
#   2. the LLVM 22 suite (build-llvm22/);
#   3. the LLVM 19 suite under ASan + UBSan (build-sanitize/);
#   4. a fuzz smoke: scripts/fuzz.sh for PORTTIDY_FUZZ_SECONDS (default 60) in
#      the sanitizer build, counted as one test.
# A failing stage does not stop the others. Extra arguments go to lit in every
# stage, e.g. `scripts/test.sh --filter=runner`.
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

full=0
if [ "${CI:-}" = true ] || [ "${PORTTIDY_FULL:-0}" = 1 ]; then
  full=1
fi

# install_deps VERSION: the toolchain for one LLVM major.
install_deps() {
  LLVM_VERSION="$1" bash "$REPO_ROOT/scripts/install-deps.sh"
}

# run_lit BUILD_DIR [LIT_ARGS...]: runs the lit suite of BUILD_DIR and adds
# its counts to the totals. Returns non-zero when a test failed or none ran.
run_lit() {
  local dir="$1"
  shift
  local lit=""
  for candidate in "$LLVM_PREFIX/build/utils/lit/lit.py" "$LLVM_PREFIX/utils/lit/lit.py" \
                   "$LLVM_PREFIX/bin/lit"; do
    if [ -f "$candidate" ]; then
      lit="$candidate"
      break
    fi
  done
  if [ -z "$lit" ]; then
    log "lit not found under $LLVM_PREFIX (package llvm-$LLVM_VERSION-tools)"
    failed=$((failed + 1))
    return 1
  fi

  local results="$dir/test/lit-results.xml"
  rm -f "$results"
  log "running the lit suite: python3 $lit -sv $dir/test"
  local lit_status=0
  python3 "$lit" -sv --xunit-xml-output="$results" "$@" "$dir/test" || lit_status=$?

  if [ ! -f "$results" ]; then
    log "lit exited $lit_status and ran no test"
    failed=$((failed + 1))
    return 1
  fi
  # lit's xunit report is the same across LLVM majors, unlike its text summary.
  local counts
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
  if [[ ! "$counts" =~ ^([0-9]+)\ ([0-9]+)\ ([0-9]+)$ ]]; then
    log "could not read lit's results from $results: $counts"
    failed=$((failed + 1))
    return 1
  fi
  local p="${BASH_REMATCH[1]}" f="${BASH_REMATCH[2]}" s="${BASH_REMATCH[3]}"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  if [ "$lit_status" -ne 0 ] && [ "$f" -eq 0 ]; then
    log "lit exited $lit_status without a failed test in its report"
    failed=$((failed + 1))
    return 1
  fi
  if [ "$p" -eq 0 ]; then
    log "no test ran in $dir"
    failed=$((failed + 1))
    return 1
  fi
  [ "$f" -eq 0 ]
}

# suite VERSION BUILD_DIR BUILDER [LIT_ARGS...]: installs, builds with
# BUILDER (build_in or build_sanitized) and runs the suite. A failed set-up
# or build counts as one failure: no test could run.
suite() {
  local version="$1" dir="$2" builder="$3"
  shift 3
  use_llvm "$version"
  log "=== stage: LLVM $version suite in $dir"
  if ! install_deps "$version"; then
    log "installing the LLVM $version dependencies failed"
    failed=$((failed + 1))
    return 1
  fi
  if ! "$builder" "$dir"; then
    log "the build in $dir failed; no test ran"
    failed=$((failed + 1))
    return 1
  fi
  run_lit "$dir" "$@"
}

status=0
if [ "$full" -eq 0 ]; then
  suite "$LLVM_VERSION" "$BUILD_DIR" build_in "$@" || status=1
  exit "$status"
fi

log "CI=true or PORTTIDY_FULL=1: LLVM 19, LLVM 22, sanitizer and fuzz stages"
suite 19 "$REPO_ROOT/build" build_in "$@" || status=1
suite 22 "$REPO_ROOT/build-llvm22" build_in "$@" || status=1
sanitize_dir="$REPO_ROOT/build-sanitize"
suite 19 "$sanitize_dir" build_sanitized "$@" || status=1

log "=== stage: fuzz smoke (${PORTTIDY_FUZZ_SECONDS:-60}s)"
fuzz_work="$(mktemp -d "${TMPDIR:-/tmp}/porttidy-fuzz.XXXXXX")"
if FUZZ_BUILD_DIR="$sanitize_dir" bash "$REPO_ROOT/scripts/fuzz.sh" \
     "${PORTTIDY_FUZZ_SECONDS:-60}" "$fuzz_work/corpus"; then
  passed=$((passed + 1))
  rm -rf "$fuzz_work"
else
  log "the fuzz smoke found a problem; its input is in $fuzz_work/artifacts"
  failed=$((failed + 1))
  status=1
fi
exit "$status"
