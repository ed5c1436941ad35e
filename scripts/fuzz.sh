#!/usr/bin/env bash
# Runs the libFuzzer target fuzz/PortChecksFuzzer.cpp (every port-* check,
# in-process, under ASan and UBSan) for SECONDS, seeded with the check tests.
#
#   scripts/fuzz.sh 3600                     # an hour, corpus in ~/.cache/porttidy-fuzz
#   scripts/fuzz.sh 60 /tmp/corpus           # a one-minute smoke, corpus elsewhere
#   FUZZ_BUILD_DIR=... FUZZ_TIMEOUT=60 JOBS=2 scripts/fuzz.sh ...
#
# The corpus grows in CORPUS_DIR (outside the repository); crash, timeout and
# leak inputs land in CORPUS_DIR/../artifacts. Exits non-zero when the fuzzer
# found something: keep the input as a regression test under
# test/Inputs/hostile/fuzz/ once it is fixed.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:?usage: scripts/fuzz.sh SECONDS [CORPUS_DIR]}"
corpus="${2:-${XDG_CACHE_HOME:-$HOME/.cache}/porttidy-fuzz/corpus}"
case "$corpus" in "$REPO_ROOT"/*) log "keep the corpus outside the repository"; exit 2 ;; esac
build="${FUZZ_BUILD_DIR:-$REPO_ROOT/build-sanitize}"
artifacts="$(dirname "$corpus")/artifacts"
mkdir -p "$corpus" "$artifacts"

build_sanitized "$build"
# Seeds are copied in: libFuzzer writes new inputs into its corpus
# directories, and the repository must not be one of them.
cp -n "$REPO_ROOT"/test/checks/*.c "$REPO_ROOT"/test/checks/*.cpp "$corpus"/
cp -n "$REPO_ROOT"/test/Inputs/hostile/fuzz/*.c* "$corpus"/ 2>/dev/null || true

log "fuzzing for ${seconds}s; corpus $corpus, artifacts $artifacts"
# One process (no -jobs). An input taking longer than FUZZ_TIMEOUT seconds
# (default 25; a seed takes about 2 s under ASan) is a hang: raise it on a
# loaded machine. -rss_limit_mb: a hostile input may make clang grow, but not
# past this. Leaks are reported (LLVM's deliberate ones are suppressed in
# test/lsan.supp).
LSAN_OPTIONS="suppressions=$REPO_ROOT/test/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
  "$build/bin/porttidy-fuzz" \
  -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-25}" -rss_limit_mb=4096 -max_len=16384 \
  -close_fd_mask=3 -print_final_stats=1 \
  -dict="$REPO_ROOT/fuzz/porttidy.dict" \
  -artifact_prefix="$artifacts/" \
  "$corpus"
