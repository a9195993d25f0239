#!/usr/bin/env bash
# Sustained load on loopback: 64 connections (wrk -t2 -c64) for a while on each of the chapter page,
# the book page, the chapter's JSON, OAI-PMH ListRecords and, when the app has it, search; the
# live heap (after a forced full collection) and the process's resident memory are sampled every 15 s.
# Usage: bench/load.sh [seconds per endpoint, default 300] [jar, default: build one]
# LOAD_ONLY=search (a word of an endpoint's name) runs that endpoint alone.
# Prints per endpoint: requests, rate, latency percentiles, errors (socket errors and answers that
# are not 2xx/3xx), and the memory samples; the full output of wrk and the samples stay in $work.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-300}
jar=${2:-}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/colophon-*.jar | grep -v original | head -1)
fi
work=$(mktemp -d /tmp/colophon-load.XXXXXX)
port=18181
base="http://127.0.0.1:$port"
java -Xmx512m -jar "$jar" --server.port=$port --spring.datasource.url="jdbc:h2:file:$work/db" \
  --colophon.seeds.location="$PWD/seeds" --colophon.content.location="$work/content" \
  --colophon.search.location="$work/search" > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; echo "Output kept in $work"' EXIT
until grep -q "Seed .*: CREATED\|Application run failed" "$work/app.log"; do sleep 0.5; done
chapter=$(curl -s "$base/api/chapters?size=1" | grep -o '"url":"/chapters/[^"#?/]*/[^"#?/]*"' | head -1 | cut -d'"' -f4)
id=$(echo "$chapter" | cut -d/ -f3)
book=$(curl -s "$base/api/chapters/$id" | grep -o '"url":"/books/[^"]*"' | head -1 | cut -d'"' -f4)
targets=("chapter page|$chapter" "book page|$book" "chapter JSON|/api/chapters/$id"
  "OAI-PMH ListRecords|/oai?verb=ListRecords&metadataPrefix=oai_dc")
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/search?q=terror")" = 200 ]; then
  targets+=("search|/search?q=terror")
fi
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "App: $jar, -Xmx512m, H2 file database, $duration s per endpoint, wrk -t2 -c64"
sample() {
  # The live heap and the resident set, in MB.
  while kill -0 "$pid" 2>/dev/null; do
    # After a full collection (G1) everything still live sits in the old generation: jstat's OU, in KB.
    live=$(jcmd "$pid" GC.run > /dev/null 2>&1; jstat -gc "$pid" 2>/dev/null | awk 'NR==2 {printf "%d", $8}')
    rss=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
    echo "$(date +%s) $1 $(( ${live:-0} / 1024 )) $(( rss / 1024 ))" >> "$work/memory.txt"
    sleep 15
  done
}
for target in "${targets[@]}"; do
  name=${target%%|*}
  path=${target#*|}
  case "$name" in *"${LOAD_ONLY:-}"*) ;; *) continue ;; esac
  tag=${name// /_}
  sample "$tag" &
  sampler=$!
  wrk -t2 -c64 -d"${duration}s" --timeout 10s --latency "$base$path" > "$work/wrk-$name.txt"
  kill $sampler; wait $sampler 2>/dev/null || true
  requests=$(grep -o '[0-9]* requests in' "$work/wrk-$name.txt" | grep -o '[0-9]*')
  rate=$(grep 'Requests/sec' "$work/wrk-$name.txt" | awk '{print $2}')
  latency=$(grep -A4 'Latency Distribution' "$work/wrk-$name.txt" | tail -4 | awk '{printf "%s %s  ", $1, $2}')
  errors=$(grep -E 'Socket errors|Non-2xx' "$work/wrk-$name.txt" | tr '\n' ' ' || true)
  heap=$(awk -v t="$tag" '$2==t {print $3}' "$work/memory.txt" | tr '\n' ' ')
  echo "== $name ($path): $requests requests, $rate/s; latency $latency; errors: ${errors:-none}"
  echo "   live heap after GC, MB, every 15 s: $heap"
done
echo "== resident memory, MB, every 15 s: $(awk '{print $NF}' "$work/memory.txt" | tr '\n' ' ')"
(grep -c " ERROR " "$work/app.log" || true) | xargs echo "== ERROR lines in the application log:"
