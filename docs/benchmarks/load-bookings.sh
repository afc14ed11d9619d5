#!/usr/bin/env bash
# Course bookings under load: serves a directory (DATA_DIR made by load-directory.sh or ./kneadwise demo-data, or
# a new one of 20,000 therapists), runs BookingLoad.java on the loopback address, then counts overlapping active
# sessions in PostgreSQL (there must be none: double bookings).
# Usage: docs/benchmarks/load-bookings.sh [PATIENTS] [CLIENTS] [SECONDS] [DATA_DIR]   (defaults 400, 16, 30, new)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
patients=${1:-400}
clients=${2:-16}
seconds=${3:-30}
data=${4:-}
port=18500
./kneadwise build 2>/dev/null
if [ -z "$data" ]; then
  data=$(mktemp -d)
  trap 'kill -TERM "${server:-0}" 2>/dev/null; wait "${server:-0}" 2>/dev/null; rm -rf "$data"' EXIT
  KNEADWISE_DATA_DIR=$data ./kneadwise demo-data --therapists 20000 2>"$data/demo-data.log" >/dev/null
else
  trap 'kill -TERM "${server:-0}" 2>/dev/null; wait "${server:-0}" 2>/dev/null' EXIT
fi
KNEADWISE_DATA_DIR=$data ./kneadwise serve --port "$port" >"$data/serve.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
java=$(./kneadwise jdk)/bin/java
"$java" docs/benchmarks/BookingLoad.java "http://127.0.0.1:$port" "$patients" "$clients" "$seconds"
db_port=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$data/serve.log" | head -1 | grep -o '[0-9]*$')
psql=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | head -1 || command -v psql)
"$psql" -h localhost -p "$db_port" -U postgres -d kneadwise -At -c "
  SELECT 'overlapping active session pairs (double bookings): ' || count(*)
  FROM booking_calendar_entry a JOIN booking_calendar_entry b
    ON a.therapist_id = b.therapist_id AND a.id < b.id AND a.during && b.during
  WHERE a.cancelled_at IS NULL AND b.cancelled_at IS NULL"
