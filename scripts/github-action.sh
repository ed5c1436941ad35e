#!/usr/bin/env bash
# The steps of porttidy's GitHub Action (action.yml), kept here so that the
# test suite runs them (test/tool/github-action.test).
#
#   github-action.sh install   apt-get the LLVM packages porttidy builds with
#   github-action.sh key       print the cache key: LLVM major + porttidy sources
#   github-action.sh build     build porttidy into PORTTIDY_BUILD_DIR, unless
#                              the cache restored a build there
#   github-action.sh run       porttidy -p INPUT_BUILD_DIR --format=sarif
#
# Inputs come as action.yml passes them: INPUT_LLVM_VERSION (19),
# INPUT_BUILD_DIR (the caller's directory with compile_commands.json,
# `build`), INPUT_SARIF_FILE (porttidy.sarif), INPUT_ARGS (more porttidy
# arguments, split on spaces). `run` writes findings=N to GITHUB_OUTPUT and
# exits 0 with findings (the SARIF upload and the fail-on-findings step
# come after it), 2 when porttidy could not do its job.
set -euo pipefail

source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
llvm="${INPUT_LLVM_VERSION:-19}"
build="${PORTTIDY_BUILD_DIR:-${RUNNER_TEMP:-/tmp}/porttidy-build}"
say() { echo "porttidy-action: $*" >&2; }

case "${1:-}" in
  install)
    packages=("clang-$llvm" "clang-tidy-$llvm" "libclang-$llvm-dev" "llvm-$llvm-dev"
              cmake ninja-build g++ python3)
    sudo=()
    [ "$(id -u)" = 0 ] || sudo=(sudo)
    if [ "${PORTTIDY_ACTION_DRY_RUN:-0}" = 1 ]; then
      echo "apt-get install -y --no-install-recommends ${packages[*]}"
      exit 0
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${packages[@]}"
    ;;
  key)
    # What the build is made of, so a new porttidy commit (or another LLVM)
    # never reuses an old build.
    sources="$(cd "$source_dir" &&
      find CMakeLists.txt cmake checks tool scripts docs/usage.md -type f -print0 |
      sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
    echo "porttidy-llvm$llvm-$sources"
    ;;
  build)
    PORTTIDY_LLVM_VERSION="$llvm" "$source_dir/scripts/build-porttidy.sh" "$build" > /dev/null
    ;;
  run)
    database="${INPUT_BUILD_DIR:-build}"
    sarif="${INPUT_SARIF_FILE:-porttidy.sarif}"
    [ -f "$database/compile_commands.json" ] || {
      say "error: no compile_commands.json in '$database' (set the action's build-dir input)"
      exit 2
    }
    # shellcheck disable=SC2206 # the args input is split on spaces, on purpose
    extra=(${INPUT_ARGS:-})
    status=0
    "$build/bin/porttidy" -p "$database" --format=sarif --output="$sarif" \
      "${extra[@]}" || status=$?
    [ "$status" -le 1 ] || exit "$status"
    findings="$(python3 -c 'import json, sys; print(sum(len(r["results"]) for r in json.load(open(sys.argv[1]))["runs"]))' "$sarif")"
    say "$findings finding(s); SARIF in $sarif"
    [ -z "${GITHUB_OUTPUT:-}" ] || echo "findings=$findings" >> "$GITHUB_OUTPUT"
    ;;
  *)
    echo "usage: github-action.sh install|key|build|run" >&2
    exit 2
    ;;
esac
