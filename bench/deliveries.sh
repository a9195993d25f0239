#!/usr/bin/env bash
# A thousand Kindle saves at once through the JSON API, against a real SMTP server (GreenMail):
# each must be delivered exactly once or refused with a reason.
# Usage: bench/deliveries.sh [requests, default 1000] [readers, default 250]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.colophon.delivery.DeliveryLoadBenchmark "$@"
