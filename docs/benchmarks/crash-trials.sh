#!/usr/bin/env bash
# Crash trials (issue 17, item 3): serves on a fresh data directory, writes from 4 clients (accounts, saved
# check-ins, booked courses, session logs), kills the service and its embedded PostgreSQL with SIGKILL at a random
# moment (1-6 s into the writing), serves again, and checks the writes the crash could have lost (every write
# acknowledged in that trial, and 50 older ones at random); the final start checks every acknowledged write.
# Usage: docs/benchmarks/crash-trials.sh [TRIALS] [SEED]   (default 100; loopback port 18500)
# Prints a line per trial and a summary; exit 1 when a write was lost or a restart failed. The data directory
# (with serve.log and postgres.log) is kept when something failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
trials=${1:-100}
seed=${2:-$RANDOM}
jdk=$(./kneadwise jdk)
./kneadwise build >/dev/null
data=$(mktemp -d /tmp/kneadwise-crash-XXXXXX)
echo "data directory: $data (seed $seed)"
if "$jdk/bin/java" docs/benchmarks/CrashTrials.java "$trials" "$data" 18500 "$seed"; then
  rm -rf "$data"
else
  echo "kept $data for its logs" >&2
  exit 1
fi
