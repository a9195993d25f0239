#!/usr/bin/env bash
# The cost of H2's WRITE_DELAY=0 (every commit written at once, nothing lost on kill -9) on the most
# write-heavy path: a refused full-text request, which stores a usage event per request. Runs the
# packaged app with H2's default write delay and with WRITE_DELAY=0, alternately, twice each.
# Usage: bench/write-delay.sh [warm-up seconds, default 30] [measure seconds, default 60] [jar]
set -euo pipefail
cd "$(dirname "$0")/.."
warm=${1:-30}
measure=${2:-60}
jar=${3:-}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/colophon-*.jar | grep -v original | head -1)
fi
port=18182
# The seed with a PDF beside it, so that the chapter has a full text to refuse.
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
for capture in seeds/*.txt; do
  cp "$capture" "$seeds/"
  head -c 40960 /dev/urandom > "$seeds/$(basename "$capture" .txt).pdf"
done
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $warm s warm-up, $measure s measured, wrk -t2 -c16"
for round in 1 2; do
  for options in "" ";WRITE_DELAY=0"; do
    work=$(mktemp -d)
    java -Xmx512m -jar "$jar" --server.port=$port --spring.datasource.url="jdbc:h2:file:$work/db$options" \
      --colophon.seeds.location="$seeds" --colophon.content.location="$work/content" \
      --colophon.search.location="$work/search" > "$work/app.log" 2>&1 &
    pid=$!
    until grep -q "Seed .*: CREATED\|Application run failed" "$work/app.log"; do sleep 0.5; done
    chapter=$(curl -s "http://127.0.0.1:$port/api/chapters?size=1" | grep -o '"url":"/chapters/[^"#?/]*/[^"#?/]*"' | head -1 | cut -d'"' -f4)
    url="http://127.0.0.1:$port$chapter/pdf"
    status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    wrk -t2 -c16 -d"${warm}s" "$url" > /dev/null
    result=$(wrk -t2 -c16 -d"${measure}s" --latency "$url")
    kill $pid; wait $pid 2>/dev/null || true
    events=$(java -cp "$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar" org.h2.tools.Shell \
      -url "jdbc:h2:file:$work/db$options" -user sa -sql "SELECT COUNT(*) FROM usage_event" 2>/dev/null | sed -n 2p || true)
    echo "round $round, URL options '${options:-(default)}': answer $status, $(echo "$result" | grep 'Requests/sec' | awk '{print $2}') requests/s, p50 $(echo "$result" | awk '/ 50%/{print $2}'), p99 $(echo "$result" | awk '/ 99%/{print $2}'), usage events stored: ${events:-?}"
    rm -rf "$work"
  done
done
