#!/usr/bin/env bash
# Starts Colophon on a free port with its own H2 database, runs Lighthouse against the home, book and chapter
# pages, and writes the scores and page weights into the "Lighthouse" section of docs/benchmarks.md.
#
#   bench/lighthouse.sh            build the jar, measure, update docs/benchmarks.md
#   SKIP_BUILD=1 bench/lighthouse.sh   reuse target/colophon-*.jar
#   RUNS=5 bench/lighthouse.sh         runs per page (default 3); the run with the median performance score is reported
#
# Needs Java 17, Node.js 18+ (for npx) and Debian's chromium; Lighthouse itself comes from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=12.2.3
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export CHROME_PATH
CHROME_FLAGS="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
REPORT=docs/benchmarks.md
RUNS=${RUNS:-3}

work=$(mktemp -d -t colophon-lighthouse-XXXXXX)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
jar=$(ls target/colophon-*.jar | grep -v plain | head -n 1)

port=$(free_port)
base="http://localhost:$port"
java -jar "$jar" --server.port="$port" \
  --spring.datasource.url="jdbc:h2:file:$work/colophon" \
  --colophon.seeds.location=seeds >"$work/app.log" 2>&1 &
app_pid=$!

for _ in $(seq 1 120); do
  if curl -fs "$base/actuator/health" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    cat "$work/app.log" >&2
    exit 1
  fi
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null

home=$(curl -fs "$base/")
book=$(printf '%s' "$home" | grep -o 'href="/books/[^"]*"' | head -n 1 | cut -d'"' -f2)
chapter=$(printf '%s' "$home" | grep -o 'href="/chapters/[^"]*"' | head -n 1 | cut -d'"' -f2)
if [ -z "$book" ] || [ -z "$chapter" ]; then
  echo "the catalogue listing shows no book or chapter: are the seeds loaded?" >&2
  exit 1
fi

load=$(cut -d' ' -f1-3 /proc/loadavg)
rows=""
for page in "home /" "book $book" "chapter $chapter"; do
  name=${page%% *}
  path=${page#* }
  reports=()
  for run in $(seq 1 "$RUNS"); do
    npx --yes "lighthouse@$LIGHTHOUSE_VERSION" "$base$path" --quiet \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="$CHROME_FLAGS" \
      --output=json --output-path="$work/$name-$run.json"
    reports+=("$work/$name-$run.json")
  done
  # Simulated throttling multiplies whatever else the machine is doing, so one run says little about performance.
  row=$(node -e '
    const [name, ...files] = process.argv.slice(1);
    const runs = files.map((file) => require(file));
    const perf = (r) => Math.round(r.categories.performance.score * 100);
    const sorted = [...runs].sort((a, b) => perf(a) - perf(b));
    const r = sorted[Math.floor(sorted.length / 2)];
    const score = (id) => Math.round(r.categories[id].score * 100);
    const kb = (r.audits["total-byte-weight"].numericValue / 1024).toFixed(1);
    const failed = Object.values(r.audits)
      .filter((a) => a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode))
      .map((a) => a.id);
    console.log(`| ${name} | ${score("performance")} (${runs.map(perf).join(", ")}) | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${kb} KB | ${failed.join(", ") || "none"} |`);
  ' "$name" "${reports[@]}")
  echo "$row"
  rows="$rows$row"$'\n'
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
memory=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
section="$work/section.md"
{
  echo "<!-- lighthouse:start -->"
  echo "## Lighthouse"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/lighthouse.sh\` with Lighthouse $LIGHTHOUSE_VERSION (default mobile"
  echo "emulation, simulated throttling) and $("$CHROME_PATH" --version 2>/dev/null | head -n 1), against the jar with the seeds loaded."
  echo "Machine: $(nproc) cores, $memory, $cpu; load average $load when the runs began (other builds share"
  echo "the cores). Performance is the median of $RUNS runs, the runs in brackets; the other columns come from the"
  echo "median run. Transfer is Lighthouse's total byte weight for the page."
  echo
  echo "| page | performance (runs) | accessibility | best practices | SEO | transfer | audits below 100 |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  echo "<!-- lighthouse:end -->"
} >"$section"

if [ ! -f "$REPORT" ]; then
  printf '# Benchmarks\n\nHow fast and how heavy Colophon is, measured by the scripts in `bench/`.\n\n' >"$REPORT"
fi
if grep -q '<!-- lighthouse:start -->' "$REPORT"; then
  awk -v section="$section" '
    /<!-- lighthouse:start -->/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- lighthouse:end -->/ { skip = 0; next }
    !skip { print }
  ' "$REPORT" >"$work/report.md"
  cat "$work/report.md" >"$REPORT"
else
  cat "$section" >>"$REPORT"
fi
echo "wrote the Lighthouse section of $REPORT"
