#!/usr/bin/env bash
# Installs the SARIF validator the test suite runs on porttidy's SARIF output:
# npm's @microsoft/sarif-multitool-linux (MIT; `Sarif.Multitool validate`, and
# the sarif-2.1.0.json schema it ships), into a project-local directory.
#
#   scripts/install-sarif-tools.sh <dir>     # e.g. build/tools
#
# Then <dir>/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool is
# the validator. Does nothing when that version is already there (so the
# test set-up can call it on every run); needs npm (scripts/install-deps.sh).
set -euo pipefail

PACKAGE="@microsoft/sarif-multitool-linux"
VERSION="5.7.0"

if [ "$#" -ne 1 ]; then
  echo "usage: $0 <install dir>" >&2
  exit 2
fi
dir="$1"
tool_dir="$dir/node_modules/$PACKAGE"
tool="$tool_dir/Sarif.Multitool"
stamp="$dir/.sarif-multitool-$VERSION"

if [ -f "$stamp" ] && [ -x "$tool" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-sarif-tools: npm not found (scripts/install-deps.sh installs it)" >&2
  exit 1
fi

mkdir -p "$dir"
# Several lit processes may start the set-up at once: one installs.
exec 9>"$dir/.install-lock"
flock 9
if [ -f "$stamp" ] && [ -x "$tool" ]; then
  exit 0
fi
echo "install-sarif-tools: installing $PACKAGE@$VERSION into $dir" >&2
npm install --prefix "$dir" --no-audit --no-fund --no-save --loglevel=error \
  "$PACKAGE@$VERSION" >&2
# Newer npm versions skip the package's postinstall (`chmod u+x`); do it here.
chmod u+x "$tool"
"$tool" --version >/dev/null 2>&1 ||
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$tool" --version >/dev/null
touch "$stamp"
