#!/usr/bin/env bash
# The chapter page while PostgreSQL (embedded, started by the harness) goes away and comes back:
# bench/db-outage.sh [clients, default 2] [seconds before, 5] [seconds of outage, 10] [seconds after, 15].
# Prints answers by status per phase with latencies, and how soon after the database's return pages work.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.colophon.web.DatabaseOutageBenchmark "$@"
