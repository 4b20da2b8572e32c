# syntax=docker/dockerfile:1
# BriefBot: built with the Maven Wrapper on a JDK, run from Spring Boot's layered jar on a JRE, as a non-root user.
#   docker build -t briefbot .
#   docker run -e TELEGRAM_BOT_TOKEN=... -v briefbot-data:/app/data briefbot      (more in the README)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# the wrapper and the pom first: the dependencies download once into their own layer, reused while the pom is unchanged
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -DskipTests package \
 && java -Djarmode=tools -jar target/briefbot.jar extract --layers --destination /layers
# ONNX Runtime ships its native library for five platforms (and Windows debug symbols): 400 MB unpacked. The image
# keeps this machine's, unpacked once into /layers/native (so no start unpacks it again into /tmp), and strips the
# natives from the jar; the jar itself stays whole for every other way of running BriefBot.
RUN apt-get update && apt-get install -y --no-install-recommends zip unzip && rm -rf /var/lib/apt/lists/* \
 && case "$(uname -m)" in x86_64) platform=linux-x64 ;; aarch64) platform=linux-aarch64 ;; \
      *) echo "no ONNX Runtime native library for $(uname -m)" >&2; exit 1 ;; esac \
 && onnx="$(ls /layers/dependencies/lib/onnxruntime-*.jar)" \
 && mkdir -p /layers/native \
 && unzip -j -d /layers/native "$onnx" "ai/onnxruntime/native/$platform/*" \
 && zip -q -d "$onnx" 'ai/onnxruntime/native/*'

FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK: newer Temurin images leave it out, and one curl a minute is far lighter than a second JVM
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
# a numeric id, so that Kubernetes' runAsNonRoot can verify it; 10001 stays clear of the base image's own users
RUN groupadd --system --gid 10001 briefbot \
 && useradd --system --uid 10001 --gid briefbot --home-dir /app --no-create-home --shell /usr/sbin/nologin briefbot
WORKDIR /app
# least changing first: a code change rebuilds only the last of these layers
COPY --from=build /layers/native/ ./native/
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# Boot reads /app/config/application.yml (the working directory's config/); the bot only reads config/ and seeds/,
# so they stay root's. Mount over either to replace it: -v /srv/briefs:/app/seeds:ro
COPY config config
COPY seeds seeds
# Class data sharing (Spring Boot's CDS support): a training run that starts the context and exits once it is
# refreshed records the classes it loaded into briefbot.jsa; every start then maps them instead of loading and
# verifying them again, which pays for most of what the search's model adds to start-up (docs/benchmarks.md).
# The archive belongs to this JDK and this class path: it is made here, in the image that uses it.
RUN java -XX:ArchiveClassesAtExit=briefbot.jsa -Dspring.context.exit=onRefresh \
      -Donnxruntime.native.path=/app/native -jar briefbot.jar
# the H2 file (spring.datasource.url's default ./data/briefbot) and the sentence vectors' cache; unused with
# PostgreSQL, apart from the vectors
RUN mkdir data && chown briefbot:briefbot data
ENV BRIEFBOT_SEARCH_VECTORCACHE=/app/data/vectors.bin
VOLUME /app/data
USER 10001:10001

# server.port: the webhook endpoint. The management port (8081) listens on 127.0.0.1 inside the container and is
# not exposed: the HEALTHCHECK below runs inside, and Prometheus scraping needs MANAGEMENT_SERVER_ADDRESS=0.0.0.0.
EXPOSE 8080
# Liveness, not readiness: readiness goes DOWN when Telegram or the database is unreachable, which a restart would
# not fix (it would only add restart loops to an outage); liveness is DOWN only when this process itself is broken.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${MANAGEMENT_SERVER_PORT:-8081}/actuator/health/liveness" || exit 1

# Exec form: java is PID 1 and gets SIGTERM itself, so Boot's graceful shutdown drains the lanes before exit.
# The heap follows the container's memory limit; an OutOfMemoryError ends the process so it is restarted, not left
# half-working. More JVM flags: JAVA_TOOL_OPTIONS. Arguments after the image name become Spring arguments.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", \
            "-XX:SharedArchiveFile=briefbot.jsa", "-Xshare:auto", "-Donnxruntime.native.path=/app/native", \
            "-jar", "briefbot.jar"]
