#!/usr/bin/env bash
# The request overhead of the operators' features (issue 21): Micrometer's per-request metrics with the Prometheus
# registry, and JSON logs, each against the same service with it off. wrk drives POST /api/v1/assessments on the
# loopback address (apt-get install wrk). Each configuration is a fresh ./kneadwise serve, warmed up, then measured;
# the configurations take turns, ROUNDS times, so that the machine's drift falls on all of them alike.
# Usage: docs/benchmarks/measure-operability.sh [ROUNDS] [CONNECTIONS] [SECONDS]   (defaults 2, 32, 20)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rounds=${1:-2}
connections=${2:-32}
seconds=${3:-20}
port=18210
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
./kneadwise build 2>/dev/null

# The per-request metrics are the http.server.requests observation (a timer per endpoint with its latency
# buckets) and the Prometheus registry that keeps them; "off" turns off both.
metrics_off="-Dmanagement.observations.enable.http.server.requests=false -Dmanagement.prometheus.metrics.export.enabled=false"

run() { # name, JAVA_OPTS, KNEADWISE_LOG_FORMAT
  local name=$1 opts=$2 format=$3 data
  data=$(mktemp -d)
  KNEADWISE_DATA_DIR=$data KNEADWISE_MANAGEMENT_PORT=0 KNEADWISE_LOG_FORMAT=$format JAVA_OPTS=$opts \
    ./kneadwise serve --port "$port" >"$data/serve.log" 2>&1 &
  local server=$!
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
  wrk -t1 -c"$connections" -d10s -s docs/benchmarks/assessment-post.lua "http://127.0.0.1:$port/api/v1/assessments" >/dev/null
  local out
  out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -s docs/benchmarks/assessment-post.lua \
    "http://127.0.0.1:$port/api/v1/assessments")
  local rps p50 p99 bad
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  bad=$(awk '/^non-200 answers/ {print $3}' <<<"$out")
  local lines first
  lines=$(wc -l <"$data/serve.log")
  first=$(head -c 1 "$data/serve.log")
  printf '| %s | %s | %s | %s | %s | %s log lines, first character %s |\n' "$name" "$rps" "$p50" "$p99" "$bad" "$lines" "$first"
  kill -TERM "$server"; wait "$server" 2>/dev/null || true
  rm -rf "$data"
}

echo "| configuration | requests per second | p50 | p99 | non-200 | log |"
echo "| --- | --- | --- | --- | --- | --- |"
for round in $(seq 1 "$rounds"); do
  run "metrics on, text logs (as shipped)" "" text
  run "metrics off, text logs" "$metrics_off" text
  run "metrics on, JSON logs" "" json
  run "metrics off, JSON logs" "$metrics_off" json
done
