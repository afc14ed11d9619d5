#!/usr/bin/env bash
# Wall time of ./kneadwise assess FILE from a built jar (launcher, JVM start, evidence loading, JSON out).
# The first run after a build writes the command's class-data archive; it is reported on its own.
# Usage: docs/benchmarks/measure-assess-cli.sh [RUNS]   (default 10)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${1:-10}
./kneadwise build 2>/dev/null
intake=$(mktemp)
trap 'rm -f "$intake"' EXIT
cat >"$intake" <<'JSON'
{"age": 47, "painDurationWeeks": 16, "painNow": 6, "findings": ["OSTEOPOROSIS"],
 "startBack": {"legPain": true, "shoulderOrNeckPain": false, "walksShortDistancesOnly": false,
   "dressesSlowly": true, "notSafeToBeActive": true, "worryingThoughts": true,
   "terribleNeverBetter": false, "noEnjoyment": false, "bothersomeness": "VERY_MUCH"},
 "rmdq": [true, false, true, false, true, false, true, false, true, false, true, false,
          true, false, true, false, true, false, true, false, true, false, true, false],
 "odi": [2, 1, 3, 2, 2, 1, 0, null, 2, 1]}
JSON
now_ms() { date +%s%3N; }
once() { local a; a=$(now_ms); ./kneadwise assess "$intake" >/dev/null; echo $(( $(now_ms) - a )); }
rm -f target/app/cds/assess.jsa
echo "first run after a build (writes the class-data archive): $(once) ms"
for i in $(seq "$runs"); do once; done | sort -n |
  awk '{ v[NR] = $1 } END { printf "later runs: min %d ms, median %d ms, max %d ms (%d runs)\n", v[1], v[int((NR + 1) / 2)], v[NR], NR }'
