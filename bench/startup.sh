#!/usr/bin/env bash
# Startup time of the packaged app on a fresh embedded database with the seeds loaded, five runs.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
jar=$(ls target/colophon-*.jar | grep -v original | head -1)
for run in 1 2 3 4 5; do
  work=$(mktemp -d)
  log="$work/app.log"
  java -jar "$jar" --server.port=0 --spring.datasource.url="jdbc:h2:file:$work/db" \
    --colophon.seeds.location="$PWD/seeds" > "$log" 2>&1 &
  pid=$!
  until grep -q "Seed .*: CREATED\|Application run failed" "$log"; do sleep 0.2; done
  grep -o "Started ColophonApplication in [0-9.]* seconds" "$log"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
done
