# Build and run Colophon; docker-compose.yml pairs it with PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
# /app/content exists owned by the app's user, so that a volume mounted there (shared by replicas in
# docker-compose.yml) starts writable.
RUN useradd --system --home /app colophon && mkdir /app/content && chown colophon /app /app/content
COPY --from=build /src/target/colophon-*.jar /app/colophon.jar
COPY seeds /app/seeds
USER colophon
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/colophon.jar"]
