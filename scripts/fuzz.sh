#!/usr/bin/env bash
# Runs the libFuzzer target fuzz/PortChecksFuzzer.cpp (every port-* check,
# in-process, under ASan and UBSan) for SECONDS, starting from the corpus
# committed in fuzz/corpus/ (what earlier campaigns reached), the check tests
# and the fuzzer's past finds.
#
#   scripts/fuzz.sh 3600                     # an hour, corpus in ~/.cache/porttidy-fuzz
#   scripts/fuzz.sh 60 /tmp/corpus           # a one-minute smoke, corpus elsewhere
#   FUZZ_UPDATE_CORPUS=1 scripts/fuzz.sh 3600  # then fold what it reached into fuzz/corpus/
#   FUZZ_BUILD_DIR=... FUZZ_TIMEOUT=60 JOBS=2 scripts/fuzz.sh ...
#
# The corpus grows in CORPUS_DIR (outside the repository); crash, timeout and
# leak inputs land in CORPUS_DIR/../artifacts. Exits non-zero when the fuzzer
# found something: keep the input as a regression test under
# test/Inputs/hostile/fuzz/ once it is fixed. With FUZZ_UPDATE_CORPUS=1 a
# clean run ends by rewriting fuzz/corpus/, for a commit: libFuzzer's
# -merge=1 picks, from fuzz/corpus/ and the grown corpus, the smallest inputs
# (up to FUZZ_CORPUS_MAX_BYTES, default 4096) that add coverage beyond the
# seeds (the check tests, the past finds).
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
cp -n "$REPO_ROOT"/fuzz/corpus/* "$corpus"/ 2>/dev/null || true
cp -n "$REPO_ROOT"/test/checks/*.c "$REPO_ROOT"/test/checks/*.cpp "$corpus"/
cp -n "$REPO_ROOT"/test/Inputs/hostile/fuzz/*.c* "$corpus"/ 2>/dev/null || true

log "fuzzing for ${seconds}s; corpus $corpus, artifacts $artifacts"
# One process (no -jobs). An input taking longer than FUZZ_TIMEOUT seconds
# (default 25; a seed takes about 2 s under ASan) is a hang: raise it on a
# loaded machine. -rss_limit_mb: a hostile input may make clang grow, but not
# past this. Leaks are reported (LLVM's deliberate ones are suppressed in
# test/lsan.supp).
export LSAN_OPTIONS="suppressions=$REPO_ROOT/test/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
limits=(-timeout="${FUZZ_TIMEOUT:-25}" -rss_limit_mb=4096 -max_len=16384 -close_fd_mask=3)
"$build/bin/porttidy-fuzz" \
  -max_total_time="$seconds" "${limits[@]}" -print_final_stats=1 \
  -dict="$REPO_ROOT/fuzz/porttidy.dict" \
  -artifact_prefix="$artifacts/" \
  "$corpus"

if [ "${FUZZ_UPDATE_CORPUS:-0}" = 1 ]; then
  # fuzz/corpus/ keeps what campaigns reached beyond the seeds, which every
  # run copies in anyway, in inputs of at most FUZZ_CORPUS_MAX_BYTES (4096)
  # so that the repository stays small and the CI smoke quick. -merge=1 adds
  # to its first directory only the inputs that bring new coverage, smallest
  # first: merge the candidates into a copy of the seeds, keep what was added.
  work="$(mktemp -d "${TMPDIR:-/tmp}/porttidy-corpus.XXXXXX")"
  mkdir "$work/merged" "$work/candidates"
  cp "$REPO_ROOT"/test/checks/*.c "$REPO_ROOT"/test/checks/*.cpp "$work/merged"/
  cp "$REPO_ROOT"/test/Inputs/hostile/fuzz/*.c* "$work/merged"/ 2>/dev/null || true
  seeds="$(ls "$work/merged")"
  mkdir -p "$REPO_ROOT/fuzz/corpus"
  find "$REPO_ROOT/fuzz/corpus" "$corpus" -type f -size -"$((${FUZZ_CORPUS_MAX_BYTES:-4096} + 1))"c \
    -exec cp -n {} "$work/candidates"/ \;
  log "minimising fuzz/corpus/ and $corpus ($(ls "$work/candidates" | wc -l) small inputs)"
  "$build/bin/porttidy-fuzz" -merge=1 "${limits[@]}" \
    -artifact_prefix="$artifacts/" "$work/merged" "$work/candidates"
  rm -f "$REPO_ROOT"/fuzz/corpus/*
  for input in "$work/merged"/*; do
    grep -qxF "$(basename "$input")" <<<"$seeds" || cp "$input" "$REPO_ROOT/fuzz/corpus/"
  done
  rm -rf "$work"
  log "fuzz/corpus/ now holds $(find "$REPO_ROOT/fuzz/corpus" -type f | wc -l) inputs"
fi
