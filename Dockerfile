# syntax=docker/dockerfile:1
# Build with the Maven Wrapper on a JDK, run on a small JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY config config
COPY seeds seeds
RUN ./mvnw -B -ntp -DskipTests package \
 && java -Djarmode=tools -jar target/briefbot.jar extract --layers --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system briefbot && useradd --system --gid briefbot --home /app briefbot
WORKDIR /app
# dependencies change least often: their layers come first and stay cached across code changes
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# the knowledge ships with the image; mount over /app/seeds or /app/config to replace it
COPY --chown=briefbot:briefbot config config
COPY --chown=briefbot:briefbot seeds seeds
RUN mkdir -p data && chown briefbot:briefbot data
VOLUME /app/data
USER briefbot
# briefbot.jar here holds the application only and names the extracted libraries beside it
ENTRYPOINT ["java", "-jar", "briefbot.jar"]
