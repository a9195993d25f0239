#!/usr/bin/env bash
# Chapter page requests per second with wrk on loopback, after a warm-up (JIT needs minutes on 2 cores).
# Usage: bench/page.sh [warm-up seconds, default 180] [measure seconds, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
warm=${1:-180}
measure=${2:-60}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
./mvnw -q -B -DskipTests package
jar=$(ls target/colophon-*.jar | grep -v original | head -1)
work=$(mktemp -d)
port=18180
java -jar "$jar" --server.port=$port --spring.datasource.url="jdbc:h2:file:$work/db" \
  --colophon.seeds.location="$PWD/seeds" > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until grep -q "Seed .*: CREATED" "$work/app.log"; do sleep 0.5; done
path=$(curl -s "http://127.0.0.1:$port/api/chapters?size=1" | grep -o '"url":"/chapters/[^"#?]*"' | head -1 | cut -d'"' -f4)
url="http://127.0.0.1:$port$path"
echo "Target: $url"
wrk -t2 -c16 -d"${warm}s" "$url" > /dev/null
wrk -t2 -c16 -d"${measure}s" --latency "$url"
