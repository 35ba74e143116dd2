# syntax=docker/dockerfile:1
# Build stage: the whole reactor, tests skipped (CI runs them); only the app's fat jar is kept.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl api -am package

# Runtime stage: a JRE and the jar, run as an unprivileged user.
FROM eclipse-temurin:17.0.15_6-jre-jammy
RUN groupadd --system --gid 10001 firebreak \
 && useradd --system --uid 10001 --gid firebreak --home-dir /app --shell /usr/sbin/nologin firebreak
WORKDIR /app
COPY --from=build --chown=firebreak:firebreak /src/api/target/firebreak-api-*-exec.jar /app/firebreak.jar
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
# ThreadPriorityPolicy=1 lets the incident worker's threads run below the webhook's (an unprivileged
# user may lower a thread's priority; the JVM warns that raising needs root, which is not needed)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:ThreadPriorityPolicy=1", "-jar", "/app/firebreak.jar"]
