#!/usr/bin/env bash
# Bulk Data export under load (issue 20): fills a data directory with the demo directory and N logged sessions
# (./kneadwise demo-data, then demo-outcomes --sessions N), registers a backend client with a fresh RSA key (made
# and used with openssl: the client side of SMART Backend Services in plain shell), serves with the heap capped at
# 512 MB, then times a system export from kick-off to manifest while jstat samples the heap every 250 ms.
# Prints resources per second, the peak heap in use, and checks the files' line counts against the manifest.
#
# Usage: docs/benchmarks/load-export.sh [SESSIONS] [DATA_DIR] [TYPES]
#        (defaults 1000000, a temporary directory, every type)
# A DATA_DIR that already holds the generated data (from this script or load-fhir.sh) is reused and kept.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sessions=${1:-1000000}
types=${3:-}
port=18502
./kneadwise build 2>/dev/null
jdk=$(./kneadwise jdk)
data=${2:-}
stop() {
  kill -TERM "${sampler:-0}" 2>/dev/null || true
  kill -TERM "${server:-0}" 2>/dev/null || true
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
  KNEADWISE_DATA_DIR=$data ./kneadwise demo-data --therapists 20000 >"$data/demo-data.log" 2>&1
  KNEADWISE_DATA_DIR=$data ./kneadwise demo-outcomes --sessions "$sessions" >"$data/demo-outcomes.log" 2>&1
  touch "$data/demo.done"
fi

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
work=$(mktemp -d)
openssl genrsa -out "$work/key.pem" 2048 2>/dev/null
modulus=$(openssl rsa -in "$work/key.pem" -noout -modulus | cut -d= -f2 | xxd -r -p | b64url)
printf '{"keys":[{"kty":"RSA","kid":"bench","alg":"RS384","use":"sig","e":"AQAB","n":"%s"}]}' "$modulus" \
  >"$work/jwks.json"
client=$(KNEADWISE_DATA_DIR=$data ./kneadwise admin register-client --name "Benchmark $(date +%s)" \
  --jwks-file "$work/jwks.json" 2>/dev/null | sed -n 's/^client_id: //p')

KNEADWISE_DATA_DIR=$data KNEADWISE_EXPORT_DIR=$work/exports JAVA_OPTS="-Xmx512m ${EXTRA_JAVA_OPTS:-}" \
  ./kneadwise serve --port "$port" >"$data/serve-export.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
until curl -sf "$base/healthz" >/dev/null; do sleep 0.2; done

# A client assertion (RFC 7523) signed with RS384, exchanged for an access token.
header=$(printf '{"alg":"RS384","typ":"JWT","kid":"bench"}' | b64url)
claims=$(printf '{"iss":"%s","sub":"%s","aud":"http://localhost:8080/fhir/auth/token","jti":"%s","exp":%d}' \
  "$client" "$client" "$(cat /proc/sys/kernel/random/uuid)" $(($(date +%s) + 240)) | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha384 -sign "$work/key.pem" -binary | b64url)
token=$(curl -sf "$base/fhir/auth/token" -d grant_type=client_credentials -d 'scope=system/*.read' \
  -d client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer \
  -d "client_assertion=$header.$claims.$signature" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"

jstat=$jdk/bin/jstat
"$jstat" -gc "$server" 250 >"$work/heap.log" &
sampler=$!
started=$(date +%s.%N)
status=$(curl -sf -D - -o /dev/null -H "$auth" -H 'Prefer: respond-async' \
  "$base/fhir/\$export${types:+?_type=$types}" | tr -d '\r' | sed -n 's/^Content-Location: //p')
path=${status#http://localhost:8080}
while true; do
  code=$(curl -s -o "$work/manifest.json" -D "$work/headers" -w '%{http_code}' -H "$auth" "$base$path")
  [ "$code" = 202 ] || break
  grep -i '^X-Progress' "$work/headers" | tr -d '\r'
  sleep "$(grep -i '^Retry-After' "$work/headers" | tr -dc 0-9)"
done
finished=$(date +%s.%N)
kill "$sampler"
[ "$code" = 200 ] || { echo "export ended with $code: $(cat "$work/manifest.json")" >&2; exit 1; }
written=$(grep -o '"count":[0-9]*' "$work/manifest.json" | cut -d: -f2 | paste -sd+ | bc)
lines=$(cat "$work"/exports/*/*.ndjson | wc -l)
# jstat -gc columns: S0U S1U EU OU are the 4th, 6th, 8th and 10th (KB)
peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used }
  END { printf "%.0f", max }' "$work/heap.log")
seconds=$(echo "$finished - $started" | bc)
echo "manifest: $(tr -d '\n' <"$work/manifest.json" | sed -E 's/"url":"[^"]*",//g')"
echo "resources: $written (lines on disk: $lines) in ${seconds} s = $(echo "$written / $seconds" | bc) resources/s"
echo "peak heap in use: ${peak} MB (of -Xmx512m); files: $(du -sh "$work/exports" | cut -f1)"
rm -rf "$work"
