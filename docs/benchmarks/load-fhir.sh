#!/usr/bin/env bash
# The FHIR facade under load (issue 19): fills a data directory with the demo directory and a year of finished
# courses (./kneadwise demo-data, then demo-outcomes --sessions N), serves it on the loopback address, gives one
# demo client a password through the product's own "forgot password" pages (the mail lands in DATA_DIR/outbox),
# then runs wrk against the facade and, side by side in the same run, against FhirMemoryServer.java: a HAPI plain
# server holding the same resources in memory (the ceiling).
#
# Usage: docs/benchmarks/load-fhir.sh [SESSIONS] [DATA_DIR] [CONNECTIONS] [THERAPISTS]
#        (defaults 1000000, a temporary directory, 16, 20000)
# A DATA_DIR that already holds the generated data is reused as it is and kept afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sessions=${1:-1000000}
connections=${3:-16}
therapists=${4:-20000}
port=18500
memory_port=18501
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
./kneadwise build 2>/dev/null
java=$(./kneadwise jdk)/bin/java
data=${2:-}
stop() {
  kill -TERM "${memory:-0}" 2>/dev/null || true
  kill -TERM "${server:-0}" 2>/dev/null
  wait "${server:-0}" 2>/dev/null || true
}
if [ -z "$data" ]; then
  data=$(mktemp -d)
  trap 'stop; rm -rf "$data"' EXIT
else
  mkdir -p "$data"
  trap stop EXIT
fi
if [ ! -f "$data/demo.done" ]; then
  KNEADWISE_DATA_DIR=$data ./kneadwise demo-data --therapists "$therapists" >"$data/demo-data.log" 2>&1
  KNEADWISE_DATA_DIR=$data ./kneadwise demo-outcomes --sessions "$sessions" >"$data/demo-outcomes.log" 2>&1
  touch "$data/demo.done"
fi
KNEADWISE_DATA_DIR=$data ./kneadwise serve --port "$port" >"$data/serve.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
base="http://127.0.0.1:$port"
password="benchmark passphrase of a demo client"

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)"/\1/'; }
# A demo client's new password, set through /password-reset like anyone who forgot theirs.
reset_password() {
  local email=$1 jar link
  jar=$(mktemp)
  curl -s -c "$jar" -b "$jar" -d "email=$email&_csrf=$(curl -s -c "$jar" -b "$jar" "$base/password-reset" | csrf)" \
    "$base/password-reset" >/dev/null
  for _ in $(seq 1 100); do
    link=$(grep -l "$email" "$data"/outbox/*.eml 2>/dev/null | tail -1 | xargs -r grep -ho '/password-reset/[A-Za-z0-9_-]\{43\}' | tail -1 || true)
    [ -n "$link" ] && break
    sleep 0.1
  done
  [ -n "$link" ] || { echo "no reset mail for $email" >&2; exit 1; }
  curl -s -c "$jar" -b "$jar" --data-urlencode "password=$password" \
    -d "_csrf=$(curl -s -c "$jar" -b "$jar" "$base$link" | csrf)" "$base$link" >/dev/null
  rm -f "$jar"
}
token_of() {
  curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$password\"}" \
    "$base/api/v1/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
# The first demo client with at least 20 pain scores (four courses of six logged sessions).
pain='code=http://loinc.org%7C72514-3'
for n in $(seq 1 40); do
  email="demo-client-1-$n@demo.kneadwise.test"
  reset_password "$email"
  token=$(token_of "$email")
  patient=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/me" | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4)
  total=$(curl -sf -H "Authorization: Bearer $token" "$base/fhir/Observation?subject=Patient/$patient&$pain&_count=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
  [ "$total" -ge 20 ] && break
done
echo "patient $email ($patient): $total pain scores"
auth="Authorization: Bearer $token"
observation=$(curl -sf -H "$auth" "$base/fhir/Observation?subject=Patient/$patient&$pain&_count=1" | grep -o '"id":"[0-9a-f-]\{36\}-log-[0-9]*-pain"' | head -1 | cut -d'"' -f4)

classpath=$(JAVA_HOME=$(./kneadwise jdk) ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)
"$java" -cp "target/classes:$classpath" docs/benchmarks/FhirMemoryServer.java "$memory_port" "$base/fhir" "$token" "$patient" \
  >"$data/memory.log" 2>&1 &
memory=$!
until curl -sf "http://127.0.0.1:$memory_port/fhir/Patient/$patient" >/dev/null; do sleep 0.5; done
head -1 "$data/memory.log"

# CPU seconds (user + system, in clock ticks) used so far by the processes given.
ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
run() { # name, url path
  for server_base in "$base" "http://127.0.0.1:$memory_port"; do
    if [ "$server_base" = "$base" ]; then
      pids=$(pgrep -f "target/app/kneadwise.jar"; pgrep -x postgres) # the service and its PostgreSQL
    else
      pids=$memory
    fi
    # warm-up at the measured load, so the JIT has compiled this request's path in both servers
    wrk -t2 -c"$connections" -d20s -H "$auth" "$server_base$2" >/dev/null
    echo "== $1 at $server_base, $connections connections =="
    # shellcheck disable=SC2086 # pids is a list on purpose
    before=$(ticks $pids)
    wrk -t2 -c"$connections" -d30s --latency -H "$auth" "$server_base$2" | tee "$data/wrk.out"
    # shellcheck disable=SC2086
    after=$(ticks $pids)
    requests=$(grep -o '[0-9]* requests in' "$data/wrk.out" | cut -d' ' -f1)
    echo "CPU per request (server side): $(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { printf "%.3f ms", 1000 * t / hz / n }')"
  done
}
run "Patient read" "/fhir/Patient/$patient"
run "Observation read" "/fhir/Observation/$observation"
run "Observations of one patient by code, 20" "/fhir/Observation?subject=Patient/$patient&$pain&_count=20"
