# Production image: builds the production jar, runs it against an external MariaDB given by
# DB_URL (e.g. jdbc:mariadb://db:3306/antq), DB_USER and DB_PASSWORD. See docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/antq-dashboard-*.jar /build/app.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 antq
WORKDIR /app
COPY --from=build /build/app.jar app.jar
USER antq
ENV ANTQ_DEMO_DATA=false
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
