#!/usr/bin/env bash
# Directory search under load: fills a temporary data directory with N made-up therapists
# (./kneadwise demo-data), serves it on the loopback address and runs wrk with directory-search.lua
# (random US ZIP codes from zips.txt, 25 km, most requests with a filter, four in ten asking for a course that
# fits) for 30 s after a 60 s warm-up.
# Usage: docs/benchmarks/load-directory.sh [THERAPISTS] [CONNECTIONS] [DATA_DIR]   (defaults 200000, 16, temporary)
# With PAUSE_MS set, each connection is a person pausing about that long between searches
# (directory-search-paced.lua), so the rate is set by the number of people rather than by the server's speed.
# A DATA_DIR that already holds a directory is reused as it is (no new demo data) and kept afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
therapists=${1:-200000}
connections=${2:-16}
port=18400
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
./kneadwise build 2>/dev/null
data=${3:-}
if [ -n "$data" ] && [ -d "$data/postgres" ]; then
  trap 'kill -TERM "${server:-0}" 2>/dev/null; wait "${server:-0}" 2>/dev/null' EXIT
else
  [ -n "$data" ] || { data=$(mktemp -d); trap 'kill -TERM "${server:-0}" 2>/dev/null; wait "${server:-0}" 2>/dev/null; rm -rf "$data"' EXIT; }
  [ -z "${3:-}" ] || { mkdir -p "$data"; trap 'kill -TERM "${server:-0}" 2>/dev/null; wait "${server:-0}" 2>/dev/null' EXIT; }
  KNEADWISE_DATA_DIR=$data ./kneadwise demo-data --therapists "$therapists" 2>"$data/demo-data.log"
fi
KNEADWISE_DATA_DIR=$data ./kneadwise serve --port "$port" >"$data/serve.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
script=docs/benchmarks/directory-search.lua
[ -z "${PAUSE_MS:-}" ] || script=docs/benchmarks/directory-search-paced.lua
# A minute of other searches first: the JIT compiles, and the weekly hours kept for searches fill as they would
# on a server that has been running.
SEED=7 wrk -t1 -c"$connections" -d60s -s "$script" "http://127.0.0.1:$port" >/dev/null
wrk -t1 -c"$connections" -d30s --latency -s "$script" "http://127.0.0.1:$port"
