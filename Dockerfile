# Build: the same Maven build as CI, without the tests (CI runs them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -q package -DskipTests && cp target/provider-failure-exit-*.jar /app.jar

# Run: a JRE 17 image, an unprivileged user, the postgres profile.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 pfe
COPY --from=build /app.jar /opt/pfe/app.jar
USER pfe
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -sf http://localhost:8080/actuator/health | grep -q '"UP"' || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/pfe/app.jar"]
