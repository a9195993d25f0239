#!/usr/bin/env bash
# Runs Colophon from its packaged jar with a class archive, which roughly halves the JVM's share of the
# start-up: builds the jar when the sources are newer, extracts it into target/run/, and makes the
# archive once per build by a training run (the application refreshes its context on a throw-away
# database and exits). On JDK 25 or later the archive is the JDK's AOT cache (-XX:AOTCache), on older
# JDKs a CDS archive (-XX:SharedArchiveFile). Arguments go to the application, as with java -jar:
#   ./run.sh --spring.profiles.active=demo
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./run.sh
set -euo pipefail
cd "$(dirname "$0")"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
run=target/run

jar=$(ls target/colophon-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find pom.xml src -newer "$jar" -type f -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/colophon-*.jar | grep -v original | head -1)
fi

major=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')
if [ "${major%%.*}" -ge 25 ]; then
  archive=$run/colophon-$major.aot; train=(-XX:AOTCacheOutput="$archive"); use=(-XX:AOTCache="$archive")
else
  archive=$run/colophon-$major.jsa; train=(-XX:ArchiveClassesAtExit="$archive"); use=(-XX:SharedArchiveFile="$archive")
fi
app=$run/$(basename "$jar")
if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
  rm -rf "$run"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$run" > /dev/null
  training=$(mktemp -d)
  echo "Training run for the class archive ($archive)…"
  "$java" "${train[@]}" -Dspring.context.exit=onRefresh -jar "$app" --server.port=0 \
    --spring.datasource.url="jdbc:h2:file:$training/db" --colophon.search.location="$training/search" \
    --colophon.content.location="$training/content" --spring.main.banner-mode=off \
    --logging.level.root=warn > "$training/training.log" 2>&1 || { cat "$training/training.log"; exit 1; }
  rm -rf "$training"
fi
exec "$java" "${use[@]}" -jar "$app" "$@"
