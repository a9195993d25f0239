#!/usr/bin/env bash
# Fuzzes the capture parser with Jazzer for a while: bench/fuzz.sh [duration in seconds, default 600].
# Starts from the seeds and the parser fixtures (the test's @MethodSource) and keeps what it learns in
# .cifuzz-corpus/ (git-ignored), so a second run goes on where the first stopped. A crashing input
# lands in src/test/resources/org/colophon/ingest/CaptureParserFuzzTestsInputs/, where every
# ./mvnw test replays it: fix the parser, keep the file.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-600}"
# Jazzer 0.24 reads the fuzzing time from @FuzzTest only; libFuzzer arguments given to the JUnit
# launcher come after it, so this -max_total_time wins. JaCoCo is off: two agents rewriting the
# same classes only slow the fuzzer down.
JAZZER_FUZZ=1 ./mvnw -B -ntp test -Djacoco.skip=true \
  -Dtest=CaptureParserFuzzTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1="-max_total_time=${duration}" \
  "${@:2}"
