# syntax=docker/dockerfile:1
# Build with the Maven wrapper, split the Boot jar into layers, run as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q -DskipTests package \
 && java -Djarmode=tools -jar target/rolewire-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system rolewire && useradd --system --gid rolewire --uid 10001 --home-dir /app rolewire \
 && mkdir -p /app/data && chown rolewire:rolewire /app/data
WORKDIR /app
# Least-changing layers first, so a code change rebuilds only the last one.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER rolewire
EXPOSE 8080
VOLUME /app/data
HEALTHCHECK --interval=30s --timeout=3s --start-period=40s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
