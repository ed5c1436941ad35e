#!/usr/bin/env bash
# Runs the benchmark harness (bench/bench.py) against a build directory and
# writes the markdown report to bench/latest.md. Arguments go to bench.py.
#   bench/run.sh [--build build] [--runs 3] [--corpus generated,own,...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec python3 bench/bench.py --output bench/latest.md "$@"
