#!/usr/bin/env bash
# Start-up to the first served chapter page, Colophon against a bare Spring Boot application with the
# same starters and one page (bench/bare-app), started the same ways in the same run, alternating:
#   jar  java -jar on the JDK on PATH (17)
#   cds  the extracted jar with a CDS archive from a training run (-XX:SharedArchiveFile), JDK on PATH
#   aot  the extracted jar on JDK 25 with its AOT cache from a training run (-XX:AOTCache)
# Each start gets a fresh H2 file database (Colophon: migrations, index, seed load); the clock runs from
# launch until the chapter page answers 200. Also prints the process's CPU time (user + system) at that
# moment, which a busy machine disturbs less than the wall clock.
# Usage: bench/startup-vs-bare.sh [ROUNDS]   (ROUNDS default 3; SKIP_BUILD=1 reuses the jars;
#        JDK25=/path/to/jdk-25; WAYS="jar cds aot"; APPS="colophon bare")
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
ways=${WAYS:-jar cds aot}
apps=${APPS:-colophon bare}
work=$(mktemp -d "${TMPDIR:-/tmp}/startup-vs-bare.XXXXXX")
trap 'rm -rf "$work"' EXIT
chapter_path=/chapters/90609dfc5ebe730d/the-great-terror-on-the-local-level-purges-in-moscow-factories-1936-1938

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -o -DskipTests package
  ./mvnw -q -B -o -f bench/bare-app/pom.xml -DskipTests package
fi
jar_colophon=$(ls target/colophon-*.jar | grep -v original | head -1)
jar_bare=bench/bare-app/target/bare-app-0.1.0-SNAPSHOT.jar

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The arguments each application gets on its own fresh state folder $1.
app_args() {
  local app=$1 state=$2
  echo "--spring.datasource.url=jdbc:h2:file:$state/db --spring.datasource.username=sa"
  if [ "$app" = colophon ]; then
    echo "--colophon.seeds.location=$PWD/seeds --colophon.search.location=$state/search"
    echo "--colophon.content.location=$state/content"
  fi
}

# Extracts the jar and runs the training run for the way: CDS archive on the JDK on PATH, AOT cache on JDK 25.
prepare() {
  local app=$1 jar=$2
  local dir="$work/$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir/extracted" > /dev/null
  local extracted
  extracted="$dir/extracted/$(basename "$jar")"
  mkdir -p "$dir/train-cds" "$dir/train-aot"
  # shellcheck disable=SC2046
  java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" \
    --server.port=0 $(app_args "$app" "$dir/train-cds") > "$dir/train-cds.log" 2>&1
  # shellcheck disable=SC2046
  "$jdk25/bin/java" -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh -jar "$extracted" \
    --server.port=0 $(app_args "$app" "$dir/train-aot") > "$dir/train-aot.log" 2>&1
  echo "$extracted"
}

extracted_colophon=$(prepare colophon "$jar_colophon")
extracted_bare=$(prepare bare "$jar_bare")

# One start: prints "seconds cpu_seconds".
start_once() {
  local app=$1 way=$2 jar extracted
  if [ "$app" = colophon ]; then jar=$jar_colophon; extracted=$extracted_colophon; else jar=$jar_bare; extracted=$extracted_bare; fi
  local state port log
  state=$(mktemp -d "$work/state.XXXXXX")
  port=$(free_port)
  log="$state/app.log"
  local cmd
  case $way in
    jar) cmd=(java -jar "$jar") ;;
    cds) cmd=(java -XX:SharedArchiveFile="$work/$app/app.jsa" -jar "$extracted") ;;
    aot) cmd=("$jdk25/bin/java" -XX:AOTCache="$work/$app/app.aot" -jar "$extracted") ;;
  esac
  local t0 pid code ticks
  t0=$(date +%s%N)
  # shellcheck disable=SC2046
  "${cmd[@]}" --server.port="$port" $(app_args "$app" "$state") > "$log" 2>&1 &
  pid=$!
  until code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$chapter_path") && [ "$code" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$app/$way died, log: $log" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.05
  done
  local t1
  t1=$(date +%s%N)
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if grep -q '\[\(warning\|error\)\]\[\(cds\|aot\)' "$log"; then
    echo "$app/$way: the JVM complained about its archive: $(grep -m1 '\[\(warning\|error\)\]\[\(cds\|aot\)' "$log")" >&2
  fi
  awk -v ns=$((t1 - t0)) -v ticks="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f %.2f\n", ns / 1e9, ticks / hz }'
  rm -rf "$state"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "JDK on PATH: $(java -version 2>&1 | head -1); JDK 25: $("$jdk25/bin/java" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results="$work/results"
for round in $(seq 1 "$rounds"); do
  for way in $ways; do
    for app in $apps; do
      read -r seconds cpu < <(start_once "$app" "$way")
      echo "$app $way $seconds $cpu" >> "$results"
      echo "round $round  $app/$way: $seconds s to first chapter page, $cpu s CPU  (load $(cut -d' ' -f1 /proc/loadavg))"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '| way | Colophon s (median) | bare s (median) | Colophon / bare | Colophon CPU s | bare CPU s |\n|---|---|---|---|---|---|\n'
for way in $ways; do
  c=$(awk -v w="$way" '$1 == "colophon" && $2 == w { print $3 }' "$results" | median)
  b=$(awk -v w="$way" '$1 == "bare" && $2 == w { print $3 }' "$results" | median)
  cc=$(awk -v w="$way" '$1 == "colophon" && $2 == w { print $4 }' "$results" | median)
  bc=$(awk -v w="$way" '$1 == "bare" && $2 == w { print $4 }' "$results" | median)
  ratio=$(awk -v c="$c" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", c / b; else print "-" }')
  echo "| $way | $c | $b | $ratio | $cc | $bc |"
done
base=$(awk '$1 == "colophon" && $2 == "jar" { print $3 }' "$results" | median)
for way in $ways; do
  c=$(awk -v w="$way" '$1 == "colophon" && $2 == w { print $3 }' "$results" | median)
  awk -v w="$way" -v c="$c" -v b="$base" 'BEGIN { if (b > 0) printf "Colophon %s against plain java -jar: %.2f\n", w, c / b }'
done
