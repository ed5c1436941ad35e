#!/usr/bin/env bash
# The entry of porttidy's self-installing pre-commit hooks (language: script
# in .pre-commit-hooks.yaml). pre-commit runs it from its clone of porttidy's
# repository, at the rev the user pinned: the first run builds porttidy into
# that clone (scripts/build-porttidy.sh; inside pre-commit's cache), later
# runs reuse the build. Then it runs porttidy on the files pre-commit passes.
#
# Without -p, a compilation database in the usual places of the repository
# being checked (compile_commands.json at its top, or in build/, out/,
# cmake-build-*/) is used as `-p .` would; otherwise porttidy looks above
# each file, as it always does.
#
# PORTTIDY_HOOK_BUILD_DIR overrides where the build goes; the LLVM major is
# PORTTIDY_LLVM_VERSION's (see scripts/build-porttidy.sh).
set -euo pipefail

hook_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PORTTIDY_HOOK_BUILD_DIR:-$hook_repo/.porttidy-build}"
porttidy="$("$hook_repo/scripts/build-porttidy.sh" "$build")"

has_database_option() {
  local arg
  for arg in "$@"; do
    case "$arg" in
      -p | -p=* | --p | --p=*) return 0 ;;
    esac
  done
  return 1
}

database_here() {
  local dir
  for dir in . build out cmake-build-*; do
    [ -f "$dir/compile_commands.json" ] && return 0
  done
  return 1
}

if ! has_database_option "$@" && database_here; then
  exec "$porttidy" -p . "$@"
fi
exec "$porttidy" "$@"
