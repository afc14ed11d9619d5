#!/usr/bin/env bash
# Runs the JMH benchmarks of the test sources (kneadwise.benchmarks) on one fork.
# Usage: docs/benchmarks/run-jmh.sh [JMH options]   e.g. docs/benchmarks/run-jmh.sh AssessmentBenchmark -t 1
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
JAVA_HOME=$(./kneadwise jdk)
export JAVA_HOME
./mvnw -B -q --no-transfer-progress -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  org.openjdk.jmh.Main "$@"
