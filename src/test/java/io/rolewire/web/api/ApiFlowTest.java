package io.rolewire.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application over real HTTP (java.net.http against 127.0.0.1): an operator creates a run,
 * a reviewer reads it back with its CREATED event and finds it in the history; error bodies keep
 * their shape through the servlet container too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiFlowTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void anOperatorCreatesARunThatAReviewerReadsBackAndFindsInTheHistory() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/runs", ApiRequests.SEED_003, "operator");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue(url("/api/v1/runs/" + id));

        HttpResponse<String> read = send("GET", "/api/v1/runs/" + id, null, "reviewer");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode run = json.readTree(read.body());
        assertThat(run.get("status").asString()).isEqualTo("DRAFT");
        assertThat(run.get("createdBy").asString()).isEqualTo("operator");
        assertThat(run.at("/input/source/accountId").asString()).isEqualTo("111122223333");
        assertThat(run.at("/documents/taskDefinition/taskRoleArn").asString())
                .isEqualTo("arn:aws:iam::111122223333:role/my-ECS-task-role");
        assertThat(run.get("planHash").asString())
                .isEqualTo(json.readTree(created.body()).get("planHash").asString());
        assertThat(types(run.get("events"))).contains("CREATED");

        HttpResponse<String> history = send("GET", "/api/v1/runs?createdBy=operator&size=100", null, "reviewer");
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        json.readTree(history.body())
                .get("items")
                .forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).contains(id);
    }

    @Test
    void errorsKeepTheirShapeThroughTheServletContainer() throws Exception {
        assertThat(send("GET", "/api/v1/runs", null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/runs", ApiRequests.SEED_003, "reviewer")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> unknownRun = send("GET", "/api/v1/runs/999999", null, "operator");
        assertThat(unknownRun.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknownRun.body()).at("/errors/0/message").asString())
                .isEqualTo("Run 999999 not found.");

        HttpResponse<String> unknownPath = send("GET", "/api/v1/nope", null, "operator");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknownPath.body()).at("/errors/0/message").asString())
                .isEqualTo("There is no API endpoint GET /api/v1/nope.");

        HttpResponse<String> malformed = send("POST", "/api/v1/plans", "{\"workload\":", "operator");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).at("/errors/0/message").asString())
                .startsWith("Malformed JSON: ");
    }

    private HttpResponse<String> send(String method, String path, String body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            String credentials = user + ":" + user + "-pw";
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("type").asString()));
        return types;
    }
}
