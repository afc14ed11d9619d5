#!/usr/bin/env bash
# The long fuzz run (issue 17, item 2): the suite's FuzzTest with many rounds, so that every endpoint the
# application maps gets ROUNDS generated requests from each kind of caller (about 535 requests a round).
# Usage: docs/benchmarks/fuzz.sh [ROUNDS] [SEED]   (default 20 rounds, about 10,700 requests; a random seed)
# Prints the number of requests, the server errors seen (must be 0) and the seed to repeat the run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rounds=${1:-20}
seed=${2:-$RANDOM$RANDOM}
jdk=$(./kneadwise jdk)
started=$(date +%s)
if JAVA_HOME=$jdk ./mvnw -B --no-transfer-progress test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dkneadwise.fuzz.rounds="$rounds" -Dkneadwise.fuzz.seed="$seed" >target/fuzz.log 2>&1; then
  grep -h '^fuzz:' target/surefire-reports/kneadwise.system.web.FuzzTest-output.txt
  echo "took $(($(date +%s) - started)) s (build and start included)"
else
  echo "fuzz run failed (seed $seed); the findings:" >&2
  sed -n '/FuzzTest/,$p' target/surefire-reports/kneadwise.system.web.FuzzTest.txt | head -60 >&2
  exit 1
fi
