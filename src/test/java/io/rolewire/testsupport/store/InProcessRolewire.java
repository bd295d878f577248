package io.rolewire.testsupport.store;

import io.rolewire.RolewireApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application on a database the test controls, started and closed by the test itself
 * (not a cached test context: the database has to be released before its disk goes away).
 */
public final class InProcessRolewire implements AutoCloseable {

    public static final String USER = "operator";
    public static final String PASSWORD = "store-test";

    private final ConfigurableApplicationContext context;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private InProcessRolewire(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public static InProcessRolewire start(String jdbcUrl, String user) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--rolewire.apply.aws-access=false",
                "--rolewire.store.probe-interval=500ms",
                "--rolewire.security.users[0].username=" + USER,
                "--rolewire.security.users[0].password={noop}" + PASSWORD,
                "--rolewire.security.users[0].roles=OPERATOR"));
        return new InProcessRolewire(
                new SpringApplicationBuilder(RolewireApplication.class).run(arguments.toArray(String[]::new)));
    }

    public int port() {
        return port;
    }

    public HttpResponse<String> createRun() throws IOException, InterruptedException {
        String body = Files.readString(Path.of("docs/examples/seed-003.json"));
        return send(request("/api/v1/runs")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "application/json").GET());
    }

    /** Readiness as a load balancer sees it: 200 UP or 503 DOWN. */
    public int readiness() throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Override
    public void close() {
        context.close();
    }

    private HttpRequest.Builder request(String path) {
        String credentials = USER + ":" + PASSWORD;
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
