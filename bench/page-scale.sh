#!/usr/bin/env bash
# Chapter page latency on a stored catalogue, and the time a restart takes on it.
#   bench/page-scale.sh WORK_DIR [WARM_UP_SECONDS, default 120] [MEASURE_SECONDS, default 60]
# WORK_DIR is what `KEEP=WORK_DIR DATABASES=h2 bench/import.sh ...` left: an H2 database (h2/) and
# its search index (h2-search/). The packaged jar is started on them (the seeds load as on every
# start), which gives the restart figure: launch to the "Ready" line and to the first chapter page.
# Then 2,000 chapters drawn at random from random sitemap files are requested at random by wrk,
# 16 connections, first with the page cache off (each page rendered: the cost that could grow with
# the catalogue), then with it on.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$1"
warm="${2:-120}"
measure="${3:-60}"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
jar=$(ls target/colophon-*.jar | grep -v original | head -1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -f "$work/paths.txt" "$work/random.lua"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
  "$(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"

start_app() {
  local log="$1"
  shift
  local launched
  launched=$(date +%s.%N)
  java -Xmx512m -jar "$jar" --server.port="$port" --spring.datasource.url="jdbc:h2:file:$work/h2/colophon;AUTO_SERVER=FALSE;WRITE_DELAY=0" \
    --colophon.search.location="$work/h2-search" --colophon.content.location="$work/h2-content" \
    --colophon.seeds.location="$PWD/seeds" --colophon.site.base-url="$base" "$@" > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/sitemap.xml"; do
    kill -0 "$pid" || { tail -20 "$log"; exit 1; }
    sleep 0.2
  done
  local first
  first=$(curl -s "$base/sitemaps/1.xml" | grep -o '<loc>[^<]*/chapters/[^<]*</loc>' | head -1 | sed -E 's#<loc>[a-z]+://[^/]+##; s#</loc>##')
  curl -sf -o /dev/null "$base$first"
  echo "started ($*): first chapter page after $(echo "$(date +%s.%N) - $launched" | bc) s;" \
    "$(grep -o 'Ready to serve pages in [^(]*' "$log" || true)"
}

stop_app() {
  kill "$pid"
  wait "$pid" || true
  pid=""
}

start_app "$work/app-nocache.log" --colophon.pages.cache=false
sitemaps=$(curl -s "$base/sitemap.xml" | grep -c '<loc>')
python3 - "$base" "$sitemaps" > "$work/paths.txt" << 'EOF'
import random, re, sys, urllib.request
base, files = sys.argv[1], int(sys.argv[2])
random.seed(7)
paths = []
for n in random.sample(range(1, files + 1), min(files, 4)):
    text = urllib.request.urlopen(f"{base}/sitemaps/{n}.xml").read().decode()
    paths += re.findall(r"<loc>[a-z]+://[^/]+(/chapters/[^<]+)</loc>", text)
for path in random.sample(paths, min(len(paths), 2000)):
    print(path)
EOF
echo "sitemap files: $sitemaps; chapter paths drawn: $(wc -l < "$work/paths.txt")"
cat > "$work/random.lua" << EOF
local paths = {}
for line in io.lines("$work/paths.txt") do paths[#paths + 1] = line end
math.randomseed(7)
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
EOF

run() {
  wrk -t2 -c16 -d"${warm}s" -s "$work/random.lua" "$base" > /dev/null
  wrk -t2 -c16 -d"${measure}s" --latency -s "$work/random.lua" "$base" \
    | grep -E 'Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors'
}

echo "page cache off:"
run
echo "RSS $(awk '/VmRSS/ { print $2 / 1024 " MB" }' "/proc/$pid/status")"
stop_app
start_app "$work/app-cache.log"
echo "page cache on:"
run
stop_app
