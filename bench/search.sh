#!/usr/bin/env bash
# Search index build time, index size and search latency on a generated catalogue.
# Usage: bench/search.sh CHAPTERS [QUERIES_PER_CLIENT]   (16 clients; e.g. bench/search.sh 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.colophon.search.SearchBenchmark "$@"
