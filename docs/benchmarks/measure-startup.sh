#!/usr/bin/env bash
# Measures how long ./kneadwise serve takes to answer /healthz UP from an already-built jar: the first run
# after a build, then on new data directories (initdb included) and on an
# existing one (a restart), then the plain fat jar for comparison, and what the launcher's up-to-date
# check adds. Usage: docs/benchmarks/measure-startup.sh [RUNS]   (default 5; loopback port 18181)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${1:-5}
port=18181
./kneadwise build 2>/dev/null # a fresh build, trial start included, as a newcomer's first serve has
java_home=$(./kneadwise jdk)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

# Runs "$@" (a serve command) with data directory $DATA, prints milliseconds until /healthz answers UP,
# then stops it with SIGTERM.
time_to_up() {
  local start pid elapsed
  start=$(now_ms)
  KNEADWISE_DATA_DIR=$DATA "$@" >"$work/serve.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  elapsed=$(( $(now_ms) - start ))
  kill -TERM "$pid"
  wait "$pid" || true
  echo "$elapsed"
}

summary() { sort -n | awk '{ v[NR] = $1 } END { printf "min %d ms, median %d ms, max %d ms (%d runs)\n", v[1], v[int((NR + 1) / 2)], v[NR], NR }'; }

echo "first run after ./kneadwise build (new data directory):"
DATA=$work/first time_to_up ./kneadwise serve --port "$port" | summary
echo "new data directory (initdb + first migration):"
for i in $(seq "$runs"); do DATA=$work/new-$i time_to_up ./kneadwise serve --port "$port"; done | summary
echo "existing data directory (restart):"
for i in $(seq "$runs"); do DATA=$work/first time_to_up ./kneadwise serve --port "$port"; done | summary
echo "for comparison, the fat jar without a class-data archive (restart):"
for i in $(seq "$runs"); do
  DATA=$work/first time_to_up "$java_home/bin/java" -jar target/kneadwise.jar serve --port "$port" \
    --data-dir "$work/first"
done | summary

# The launcher's own work before it hands over to java: JDK discovery and the up-to-date check.
# JAVA_OPTS=-version makes the JVM print its version and exit, so launcher+JVM start minus JVM start alone
# is what the launcher adds.
echo "launcher overhead (./kneadwise up-to-date check + JDK discovery):"
for i in $(seq $((runs * 4))); do
  a=$(now_ms); JAVA_OPTS=-version ./kneadwise serve >/dev/null 2>&1; b=$(now_ms)
  "$java_home/bin/java" -version >/dev/null 2>&1; c=$(now_ms)
  echo $(( (b - a) - (c - b) ))
done | summary
