#!/usr/bin/env bash
# Load test of the check-in journey's pages: 50 simulated people (default), each with their own session, walking
# every step (page + form post), the answer, the doctor's note and its PDF, on the loopback address.
# Usage: docs/benchmarks/load-pages.sh [PEOPLE] [SECONDS] [THINK_MS]
#   defaults 50 people, 60 s, 1000 ms mean think time between requests (0 = none: a saturation test);
#   a 15 s warm-up runs first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
people=${1:-50}
seconds=${2:-60}
think=${3:-1000}
port=18300
needs_wrk=no
source docs/benchmarks/serve-for-benchmark.sh
java=$(./kneadwise jdk)/bin/java
"$java" docs/benchmarks/JourneyLoad.java "http://127.0.0.1:$port" "$people" "$seconds" "$think"
