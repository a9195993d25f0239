#!/usr/bin/env bash
# Imports a generated catalogue into a fresh H2 file database with the import command and reports
# chapters per second and the peak heap: bench/import.sh [BOOKS, default 10000] [CHAPTERS_PER_BOOK,
# default 10] [max heap, default 512m]. Needs the packaged jar (./mvnw -q package -DskipTests).
# The peak heap is the largest heap in use before a collection in the GC log (-Xlog:gc).
set -euo pipefail
cd "$(dirname "$0")/.."
books="${1:-10000}"
chapters="${2:-10}"
heap="${3:-512m}"
work=$(mktemp -d /tmp/colophon-import-XXXXXX)
trap 'rm -rf "$work"' EXIT
bench/generate-catalogue "$books" "$chapters" "$work/catalogue"
jar=$(ls target/colophon-*.jar | grep -v original | head -1)
start=$(date +%s.%N)
nice -n 15 java -Xmx"$heap" -Xlog:gc:file="$work/gc.log" -jar "$jar" import "$work/catalogue" \
  --spring.datasource.url="jdbc:h2:file:$work/db/colophon" --colophon.search.location="$work/search" \
  --colophon.content.location="$work/content" > "$work/summary.txt" 2> "$work/progress.txt" || true
end=$(date +%s.%N)
seconds=$(echo "$end - $start" | bc)
records=$(awk '/created/ { gsub(",", ""); for (i = 1; i <= NF; i++) if ($(i+1) == "created") sum += $i } END { print sum }' "$work/summary.txt")
failed=$(grep -c -v ' 0 failed$' "$work/summary.txt" || true)
peak=$(grep -o '[0-9]*M->' "$work/gc.log" | tr -d 'M->' | sort -n | tail -1)
echo "books=$books chapters=$((books * chapters)) records created=$records files not clean=$failed"
echo "seconds=$seconds (JVM start included) chapters/s=$(echo "$books * $chapters / $seconds" | bc)"
echo "peak heap in use=${peak} MB (max heap $heap)"
tail -3 "$work/summary.txt"
