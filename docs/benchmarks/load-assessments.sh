#!/usr/bin/env bash
# Load test of POST /api/v1/assessments on the loopback address with wrk (apt-get install wrk).
# Starts ./kneadwise serve on a temporary data directory, warms it up for 30 s, then measures for 30 s.
# Usage: docs/benchmarks/load-assessments.sh [CONNECTIONS] [WRK_THREADS]   (defaults 32 and 1)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
connections=${1:-32}
threads=${2:-1}
port=18200
source docs/benchmarks/serve-for-benchmark.sh
url="http://127.0.0.1:$port/api/v1/assessments"
echo "warm-up (30 s)"
wrk -t"$threads" -c"$connections" -d30s -s docs/benchmarks/assessment-post.lua "$url" >/dev/null
echo "measured run (30 s, $connections connections, $threads wrk thread(s))"
wrk -t"$threads" -c"$connections" -d30s --latency -s docs/benchmarks/assessment-post.lua "$url"
