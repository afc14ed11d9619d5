#!/usr/bin/env bash
# The clinic outcome dashboard over many logged sessions: fills a data directory with made-up finished courses
# (./kneadwise demo-outcomes), serves it with the demo accounts (serve --demo) on the loopback address, signs in as
# the demo clinic administrator and runs wrk on GET /api/v1/outcomes/dashboard: with one connection (each answer's
# own time), then four at once, then the CSV export.
#
# Usage: docs/benchmarks/load-outcomes.sh [SESSIONS] [DATA_DIR]   (defaults 1000000, a temporary directory)
# A DATA_DIR that already holds generated outcomes is reused as it is (no new data) and kept afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sessions=${1:-1000000}
port=18400
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
./kneadwise build 2>/dev/null
data=${2:-}
stop() { kill -TERM "${server:-0}" 2>/dev/null; wait "${server:-0}" 2>/dev/null || true; }
if [ -z "$data" ]; then
  data=$(mktemp -d)
  trap 'stop; rm -rf "$data"' EXIT
else
  mkdir -p "$data"
  trap stop EXIT
fi
if [ ! -f "$data/demo-outcomes.done" ]; then
  KNEADWISE_DATA_DIR=$data ./kneadwise demo-outcomes --sessions "$sessions" 2>"$data/demo-outcomes.log"
  touch "$data/demo-outcomes.done"
fi
KNEADWISE_DATA_DIR=$data ./kneadwise serve --demo --port "$port" >"$data/serve.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
base="http://127.0.0.1:$port"
token=$(curl -sf -H 'Content-Type: application/json' \
  -d '{"email":"clinic@demo.kneadwise.test","password":"demo clinic front desk"}' "$base/api/v1/tokens" |
  sed -E 's/.*"token":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"
echo "Groups on the dashboard:"
curl -sf -H "$auth" "$base/api/v1/outcomes/dashboard.csv" >"$data/dashboard.csv"
head -4 "$data/dashboard.csv"
echo "..."
# Warm-up: the JIT compiles and PostgreSQL reads the table into its cache.
wrk -t1 -c1 -d20s -H "$auth" "$base/api/v1/outcomes/dashboard" >/dev/null
echo "== one connection =="
wrk -t1 -c1 -d30s --latency -H "$auth" "$base/api/v1/outcomes/dashboard"
echo "== four connections =="
wrk -t1 -c4 -d30s --latency -H "$auth" "$base/api/v1/outcomes/dashboard"
echo "== CSV, one connection =="
wrk -t1 -c1 -d20s --latency -H "$auth" "$base/api/v1/outcomes/dashboard.csv"
