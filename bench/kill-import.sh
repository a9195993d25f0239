#!/usr/bin/env bash
# kill -9 in the middle of the seed import, then start again: bench/kill-import.sh [captures, default 300]
# [kill after this many chapters were logged as stored, default 100]. H2_OPTIONS is appended to the H2 URL
# (H2_OPTIONS=";WRITE_DELAY=0" shows H2 keeping every commit).
# Each capture is stored in one transaction, so the database must hold only whole chapters after the
# kill, and the restart must load exactly the ones that are missing (the others are UNCHANGED).
set -euo pipefail
cd "$(dirname "$0")/.."
captures="${1:-300}"
kill_after="${2:-100}"
work=$(mktemp -d /tmp/colophon-kill-import-XXXXXX)
trap 'rm -rf "$work"' EXIT
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/run-classpath.txt -Dmdep.includeScope=runtime
classpath="target/classes:$(cat target/run-classpath.txt)"
url="jdbc:h2:file:$work/db/colophon${H2_OPTIONS:-}"

# Copies of the seed under different names: a chapter's id comes from its file's name, so each copy is a
# chapter of its own (with the seed's two summary paragraphs) in the one book.
mkdir -p "$work/seeds"
for i in $(seq -w 1 "$captures"); do cp seeds/000_b83ae1fdbe6336a0.txt "$work/seeds/capture-$i.txt"; done

start() {
  java -cp "$classpath" org.colophon.ColophonApplication --server.port=0 --spring.datasource.url="$url" \
    --colophon.seeds.location="$work/seeds" --colophon.content.location="$work/content" > "$work/$1.log" 2>&1 &
  echo $!
}

# How many log lines of the run match; 0 before the log exists.
count() {
  local lines
  lines=$(grep -cs "$2" "$work/$1.log") || true
  echo "${lines:-0}"
}

stored() {
  count "$1" "Seed .*: \(CREATED\|UPDATED\|UNCHANGED\)"
}

query() {
  java -cp "$classpath" org.h2.tools.Shell -url "$url" -user sa -password "" -sql "$1" | sed -n 2p | tr -d ' '
}

check() {
  chapters=$(query "select count(*) from chapter")
  half=$(query "select count(*) from chapter c where (select count(*) from chapter_summary_paragraph p where p.chapter_id = c.id) <> 2")
  empty_books=$(query "select count(*) from publication b where not exists (select 1 from chapter c where c.publication_id = b.id)")
  echo "$1: $chapters chapters, $half without both summary paragraphs, $empty_books books without a chapter"
}

pid=$(start first)
until [ "$(stored first)" -ge "$kill_after" ] || grep -qs "Application run failed" "$work/first.log"; do sleep 0.05; done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
logged=$(stored first)
echo "killed with kill -9 after $logged chapters were logged as stored"
check "after the kill"

began=$(date +%s.%N)
pid=$(start second)
until [ "$(count second "Seed ")" -ge "$captures" ] || grep -qs "Application run failed" "$work/second.log"; do
  sleep 0.2
done
ended=$(date +%s.%N)
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "restart: $(count second ': UNCHANGED') UNCHANGED, $(count second ': CREATED') CREATED," \
  "$(count second ': FAILED') FAILED, start and import in $(echo "$ended - $began" | bc) s"
check "after the restart"
