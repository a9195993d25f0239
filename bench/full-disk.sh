#!/usr/bin/env bash
# A content store on a full disk: a 64 KB tmpfs (needs root to mount) as colophon.content.location, and
# three captures with a 40 KB PDF each beside them. Prints what the ingest report says for each file and
# what is left on the full disk. ContentStoreFaultIntegrationTests covers a store that refuses writes
# without root.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
  echo "bench/full-disk.sh mounts a tmpfs and needs root" >&2
  exit 1
fi
work=$(mktemp -d /tmp/colophon-full-disk-XXXXXX)
mkdir -p "$work/store" "$work/seeds"
mount -t tmpfs -o size=64k tmpfs "$work/store"
trap 'umount "$work/store"; rm -rf "$work"' EXIT
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/run-classpath.txt -Dmdep.includeScope=runtime
for i in 1 2 3; do
  cp seeds/000_b83ae1fdbe6336a0.txt "$work/seeds/full-$i.txt"
  head -c 40960 /dev/urandom > "$work/seeds/full-$i.pdf"
done
java -cp "target/classes:$(cat target/run-classpath.txt)" org.colophon.ColophonApplication --server.port=0 \
  --spring.datasource.url="jdbc:h2:mem:full-disk" --colophon.seeds.location="$work/seeds" \
  --colophon.content.location="$work/store" --logging.level.org.colophon.ingest=DEBUG > "$work/app.log" 2>&1 &
pid=$!
until grep -qs "Seed full-3.txt" "$work/app.log" || grep -qs "Application run failed" "$work/app.log"; do
  sleep 0.2
done
sleep 1
kill "$pid"
wait "$pid" 2>/dev/null || true
grep -o "Seed full-[0-9].txt.*" "$work/app.log"
echo "left on the full disk:"
ls -l "$work/store"
df -k "$work/store" | tail -1
