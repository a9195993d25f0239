#!/usr/bin/env bash
# The chapter page of the packaged app against nginx serving the same page bytes as a static file:
# wrk -t2 -c64 on loopback, after a warm-up, three alternating rounds, then the ratio. Afterwards
# the same page for a viewer at an entitled institution's address and for a signed-in reader.
# Usage: bench/page-vs-nginx.sh [warm-up seconds, default 150] [measure seconds, default 30] [jar]
# Needs wrk and nginx (apt-get install wrk nginx). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
warm=${1:-150}
measure=${2:-30}
jar=${3:-}
for tool in wrk nginx curl; do
  command -v $tool > /dev/null || { echo "$tool is missing: apt-get install $tool" >&2; exit 1; }
done
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/colophon-*.jar | grep -v original | head -1)
fi
work=$(mktemp -d)
app_port=18180
nginx_port=18190
admin="bench-admin@colophon.test"
secret="bench admin password $(date +%s)"
java -Xmx512m -jar "$jar" --server.port=$app_port --spring.datasource.url="jdbc:h2:file:$work/db" \
  --colophon.seeds.location="$PWD/seeds" --colophon.content.location="$work/content" \
  --colophon.search.location="$work/search" --colophon.admin.email="$admin" \
  --colophon.admin.password="$secret" > "$work/app.log" 2>&1 &
app=$!
nginx_pid=""
cleanup() {
  kill $app 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
until grep -q "Seed .*: CREATED\|Application run failed" "$work/app.log"; do sleep 0.5; done
base="http://127.0.0.1:$app_port"
path=$(curl -s "$base/api/chapters?size=1" | grep -o '"url":"/chapters/[^"#?]*"' | head -1 | cut -d'"' -f4)
book=$(echo "$path" | cut -d/ -f3 | xargs -I{} curl -s "$base/api/chapters/{}" | grep -o '"/books/[^/"]*' | head -1 | cut -d/ -f3)

mkdir -p "$work/nginx/html" "$work/nginx/logs"
curl -s -o "$work/nginx/html/chapter.html" "$base$path"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
user root;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
    location / { default_type text/html; }
  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/chapter.html"; do sleep 0.2; done

echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Page: $path ($(wc -c < "$work/nginx/html/chapter.html") bytes); warm-up ${warm} s, rounds of ${measure} s, wrk -t2 -c64"

# wrk's figures for one run: requests/s, p50, p99, errors (socket errors and non-2xx/3xx answers).
measure() {
  local result
  result=$(wrk -t2 -c64 -d"${measure}s" --latency "$@")
  local rps p50 p99 errors
  rps=$(echo "$result" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$result" | awk '$1=="50%"{print $2}')
  p99=$(echo "$result" | awk '$1=="99%"{print $2}')
  errors=$(echo "$result" | awk '/Socket errors/{gsub(",","");s=$4+$6+$8+$10} /Non-2xx/{n=$5} END{print s+n+0}')
  echo "$rps $p50 $p99 $errors"
}

wrk -t2 -c64 -d"${warm}s" "$base$path" > /dev/null
wrk -t2 -c64 -d5s "http://127.0.0.1:$nginx_port/chapter.html" > /dev/null
printf '%-6s %-22s %12s %10s %10s %8s\n' round target requests/s p50 p99 errors
total=0
for round in 1 2 3; do
  read -r a_rps a_p50 a_p99 a_err < <(measure "$base$path")
  printf '%-6s %-22s %12s %10s %10s %8s\n' $round "app, anonymous" "$a_rps" "$a_p50" "$a_p99" "$a_err"
  read -r n_rps n_p50 n_p99 n_err < <(measure "http://127.0.0.1:$nginx_port/chapter.html")
  printf '%-6s %-22s %12s %10s %10s %8s\n' $round "nginx, same bytes" "$n_rps" "$n_p50" "$n_p99" "$n_err"
  ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN{printf "%.1f", 100*a/n}')
  echo "round $round: the app serves ${ratio}% of nginx's rate"
done

# The loopback address becomes an entitled institution's: the page now says who provides access.
curl -sf -u "$admin:$secret" -H 'Content-Type: application/json' -o "$work/institution.json" \
  -d '{"name":"Loopback University","ipRanges":["127.0.0.0/8"]}' "$base/api/admin/institutions"
institution=$(grep -o '"id":[0-9]*' "$work/institution.json" | head -1 | cut -d: -f2)
curl -sf -u "$admin:$secret" -H 'Content-Type: application/json' -o /dev/null \
  -d "{\"institutionId\":$institution,\"publicationId\":\"$book\"}" "$base/api/admin/entitlements"
wrk -t2 -c64 -d10s "$base$path" > /dev/null
read -r i_rps i_p50 i_p99 i_err < <(measure "$base$path")
printf '%-6s %-22s %12s %10s %10s %8s\n' - "app, institution" "$i_rps" "$i_p50" "$i_p99" "$i_err"

# A signed-in reader: a session cookie from the log-in form (with its CSRF token).
curl -sf -u "$admin:$secret" -H 'Content-Type: application/json' -o /dev/null \
  -d '{"email":"bench.reader@colophon.test","password":"a long bench reader password"}' "$base/api/admin/readers"
jar_file="$work/cookies"
token=$(curl -s -c "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -s -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "_csrf=$token" \
  --data-urlencode "username=bench.reader@colophon.test" --data-urlencode "password=a long bench reader password" \
  "$base/login"
session=$(awk '$6=="JSESSIONID" || $6=="SESSION" {print $6"="$7}' "$jar_file" | tail -1)
curl -s -H "Cookie: $session" "$base$path" | grep -q "bench.reader@colophon.test" \
  || { echo "The reader's session did not sign in" >&2; exit 1; }
wrk -t2 -c64 -d10s -H "Cookie: $session" "$base$path" > /dev/null
read -r r_rps r_p50 r_p99 r_err < <(measure -H "Cookie: $session" "$base$path")
printf '%-6s %-22s %12s %10s %10s %8s\n' - "app, signed-in reader" "$r_rps" "$r_p50" "$r_p99" "$r_err"
echo "Resident size of the app after the run: $(awk '/VmRSS/{printf "%d MB", $2/1024}' /proc/$app/status)"
