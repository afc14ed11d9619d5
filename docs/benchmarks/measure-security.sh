#!/usr/bin/env bash
# Security costs: sign-up, token issue and web login (password hashing included), and what a valid bearer token adds to an API
# request. Starts ./kneadwise serve on a temporary data directory, loopback port 18400. Needs curl and wrk.
# Usage: docs/benchmarks/measure-security.sh [RUNS]   (default 20)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${1:-20}
port=18400
base=http://127.0.0.1:$port
# The loop below signs up from one client address more often than the hourly limit allows a real client.
export KNEADWISE_ACCOUNTS_SIGN_UPS_PER_CLIENT_PER_HOUR=${KNEADWISE_ACCOUNTS_SIGN_UPS_PER_CLIENT_PER_HOUR:-100000}
source docs/benchmarks/serve-for-benchmark.sh

summary() { sort -n | awk '{ v[NR] = $1 } END { printf "min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)\n", v[1], v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.5)], v[NR], NR }'; }
ms() { awk '{ printf "%.1f\n", $1 * 1000 }'; }

password='measure security passphrase'
curl -sf -o /dev/null -H 'Content-Type: application/json' "$base/api/v1/accounts" \
  -d "{\"email\": \"bench@example.org\", \"password\": \"$password\", \"name\": \"Bench\", \"role\": \"PATIENT\"}"
login="{\"email\": \"bench@example.org\", \"password\": \"$password\"}"
for i in 1 2 3; do curl -s -o /dev/null -H 'Content-Type: application/json' "$base/api/v1/tokens" -d "$login"; done

# Warm-up: both sign-up paths, a new address and one that has an account, 10 times each.
for i in $(seq 10); do
  for again in 1 2; do
    curl -s -o /dev/null -H 'Content-Type: application/json' "$base/api/v1/accounts" \
      -d "{\"email\": \"warm-$i@example.org\", \"password\": \"$password\", \"name\": \"Bench\", \"role\": \"PATIENT\"}"
  done
done
stamp=$RANDOM
echo "sign-up, POST /api/v1/accounts (password hashing included), a new email each time:"
for i in $(seq "$runs"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' "$base/api/v1/accounts" \
    -d "{\"email\": \"bench-$i-$stamp@example.org\", \"password\": \"$password\", \"name\": \"Bench\", \"role\": \"PATIENT\"}"
done | ms | summary

# The same answer must not come faster or slower for an address that has an account (issue 16, item 2).
echo "sign-up again with each of those addresses (the owner is mailed instead; same 202 answer):"
for i in $(seq "$runs"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' "$base/api/v1/accounts" \
    -d "{\"email\": \"bench-$i-$stamp@example.org\", \"password\": \"$password\", \"name\": \"Bench\", \"role\": \"PATIENT\"}"
done | ms | summary

echo "token issue, POST /api/v1/tokens (password check included):"
for i in $(seq "$runs"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' "$base/api/v1/tokens" -d "$login"
done | ms | summary

echo "web login, POST /login with the form's CSRF token (password check and session write included):"
for i in $(seq "$runs"); do
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{time_total}\n' "$base/login" \
    --data-urlencode "email=bench@example.org" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf"
  rm -f "$jar"
done | ms | summary

token=$(curl -s -H 'Content-Type: application/json' "$base/api/v1/tokens" -d "$login" | sed 's/.*"token":"\([^"]*\)".*/\1/')
body=$(mktemp)
trap 'stop_server; rm -f "$body"*' EXIT
cat >"$body.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"age": 47, "painDurationWeeks": 16, "painNow": 6}'
LUA
cat >"$body-auth.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = '{"age": 47, "painDurationWeeks": 16, "painNow": 6}'
LUA
echo "the same API request without and with a valid bearer token (wrk, 1 connection, 20 s each after 10 s warm-up):"
wrk -t1 -c1 -d10s -s "$body.lua" "$base/api/v1/assessments" >/dev/null
wrk -t1 -c1 -d10s -s "$body-auth.lua" "$base/api/v1/assessments" >/dev/null
for kind in anonymous authenticated; do
  script=$body.lua; [ "$kind" = authenticated ] && script=$body-auth.lua
  printf '%-14s' "$kind:"
  wrk -t1 -c1 -d20s --latency -s "$script" "$base/api/v1/assessments" |
    awk '/Latency/ && !done { avg=$2; done=1 } /50%/ { p50=$2 } /99%/ { p99=$2 } /Requests\/sec/ { rps=$2 }
         END { printf "avg %s, p50 %s, p99 %s, %s requests/s\n", avg, p50, p99, rps }'
done
