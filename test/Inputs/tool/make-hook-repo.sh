#!/bin/sh
# Makes DIR a git repository of porttidy's hooks, for pre-commit.
#
#   make-hook-repo.sh SRC PORTTIDY MAJOR DIR   the manifest and hook scripts
#       from SRC, and DIR.build a hook build whose porttidy is PORTTIDY (the
#       one under test), as the hooks leave it after their first run: pass
#       PORTTIDY_HOOK_BUILD_DIR=DIR.build and PORTTIDY_LLVM_VERSION=MAJOR to
#       pre-commit so that the hooks reuse it. PORTTIDY `-`: no build.
#   make-hook-repo.sh --whole SRC DIR          the whole source tree (what git
#       tracks or would track; all but build*/ outside git), for a hook
#       that builds porttidy itself
set -eu
git() {
  env GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null git \
    -c user.name=porttidy -c user.email=porttidy@localhost -c commit.gpgsign=false "$@"
}
if [ "$1" = --whole ]; then
  src="$2" dir="$3"
  mkdir -p "$dir"
  if git -C "$src" rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    git -C "$src" ls-files -z --cached --others --exclude-standard |
      tar -C "$src" --null --ignore-failed-read -T - -cf - | tar -C "$dir" -xf -
  else
    tar -C "$src" --exclude='./build*' -cf - . | tar -C "$dir" -xf -
  fi
else
  src="$1" porttidy="$2" major="$3" dir="$4"
  mkdir -p "$dir/scripts"
  cp "$src/.pre-commit-hooks.yaml" "$dir/"
  cp "$src/scripts/pre-commit-hook.sh" "$src/scripts/build-porttidy.sh" "$dir/scripts/"
  if [ "$porttidy" != - ]; then
    mkdir -p "$dir.build/bin"
    ln -sf "$porttidy" "$dir.build/bin/porttidy"
    echo "llvm-$major" > "$dir.build/.porttidy-built"
  fi
fi
cd "$dir"
git init -q && git add . && git commit -q -m hooks
