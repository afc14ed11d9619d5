# Sourced by the HTTP benchmark scripts (needs $port): checks for wrk, builds, starts ./kneadwise serve on a
# temporary data directory on the loopback port, waits for /healthz, and stops the server and removes the
# directory when the script exits (stop_server). Sets $data and $server.
if [ "${needs_wrk:-yes}" = yes ]; then
  command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
fi
./kneadwise build 2>/dev/null
data=$(mktemp -d)
KNEADWISE_DATA_DIR=$data ./kneadwise serve --port "$port" >"$data/serve.log" 2>&1 &
server=$!
stop_server() { kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"; }
trap stop_server EXIT
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
