#!/usr/bin/env bash
# Parser throughput with JMH (captures per second, single thread). Prints JMH's table.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  CaptureParserBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s "$@"
