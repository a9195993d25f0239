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
  --colophon.content.location="$work/content" > "$work/summary.txt" 2> "$work/progress.txt" &
java_pid=$!
cpu=0
while kill -0 "$java_pid" 2> /dev/null; do
  # user + system clock ticks of the JVM so far: on a shared machine, CPU per record is the
  # figure that does not depend on what else runs
  cpu=$(awk '{ print $14 + $15 }' "/proc/$java_pid/stat" 2> /dev/null || echo "$cpu")
  sleep 1
done
wait "$java_pid" || true
end=$(date +%s.%N)
seconds=$(echo "$end - $start" | bc)
cpu_seconds=$(echo "scale=1; $cpu / $(getconf CLK_TCK)" | bc)
grep -E '^[^ ]+ \([^)]*\): [0-9]+ created' "$work/summary.txt" > "$work/files.txt" || true
records=$(sed -E 's/.*: ([0-9]+) created, ([0-9]+) updated, ([0-9]+) unchanged.*/\1 \2 \3/' "$work/files.txt" \
  | awk '{ sum += $1 + $2 + $3 } END { print sum + 0 }')
unclean=$(grep -c -v ' 0 failed$' "$work/files.txt" || true)
peak=$(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1)
echo "books=$books chapters=$((books * chapters)) records (books and chapters) stored=$records files with failures=$unclean"
echo "seconds=$seconds (JVM start and the checking pass included) chapters/s=$(echo "scale=1; $books * $chapters / $seconds" | bc)"
echo "JVM CPU seconds (user+system)=$cpu_seconds chapters per CPU second=$(echo "scale=1; $books * $chapters / $cpu_seconds" | bc)"
echo "peak heap in use=${peak} MB (max heap $heap)"
