# Build and run Colophon; docker-compose.yml pairs it with PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

# The code targets Java 17 and runs on JDK 25 for its AOT cache: classes loaded and linked by a
# training run at build time are mapped in at start instead of being found, read and verified again
# (see "Start-up" in docs/benchmarks.md).
FROM eclipse-temurin:25-jre
WORKDIR /app
# /app/content exists owned by the app's user, so that a volume mounted there (shared by replicas in
# docker-compose.yml) starts writable.
RUN useradd --system --home /app colophon && mkdir /app/content && chown colophon /app /app/content
COPY --from=build /src/target/colophon-*.jar /tmp/colophon.jar
# The extracted layout (colophon.jar beside lib/) gives the JVM a class path of plain jars, which an
# AOT cache needs.
RUN java -Djarmode=tools -jar /tmp/colophon.jar extract --destination /app && rm /tmp/colophon.jar
# Training run: the application refreshes its context on a throw-away in-memory database and exits.
RUN java -XX:AOTCacheOutput=/app/colophon.aot -Dspring.context.exit=onRefresh -jar /app/colophon.jar \
      --server.port=0 --spring.datasource.url=jdbc:h2:mem:training \
      --colophon.search.location=/tmp/training/search --colophon.content.location=/tmp/training/content \
    && rm -rf /tmp/training
COPY seeds /app/seeds
USER colophon
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/colophon.aot", "-jar", "/app/colophon.jar"]
