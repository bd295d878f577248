package io.rolewire.flows;

import io.rolewire.testsupport.crash.RolewireProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API of one instance, as an automation client uses it: create, submit, read the live plan,
 * approve its hash (admin), apply (operator). Seed 003 from nothing in two Floci accounts of this
 * test's own.
 */
final class ReplicaApi {

    static final String SOURCE = "431000000001";
    static final String DESTINATION = "432000000001";
    static final String ADMIN = "replica-admin";
    static final String ADMIN_PASSWORD = "replica-admin-pw";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RolewireProcess app;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    ReplicaApi(RolewireProcess app) {
        this.app = app;
    }

    /** Properties that point an instance at the proxy, with a profile per account and an admin. */
    static List<String> awsProperties(URI endpoint, Path directory) throws IOException {
        Path credentials = directory.resolve("credentials");
        StringBuilder text = new StringBuilder();
        for (String account : List.of(SOURCE, DESTINATION)) {
            text.append("[floci-")
                    .append(account)
                    .append("]\naws_access_key_id = ")
                    .append(account)
                    .append("\naws_secret_access_key = test\n");
        }
        Files.writeString(credentials, text);
        return List.of(
                "--rolewire.apply.aws-access=true",
                "--rolewire.apply.first-backoff=50ms",
                "--rolewire.apply.max-backoff=200ms",
                "--rolewire.apply.propagation-timeout=30s",
                "--rolewire.aws.endpoint-url=" + endpoint,
                "--rolewire.aws.region=us-east-1",
                "--rolewire.aws.credentials-file=" + credentials,
                "--rolewire.aws.accounts." + SOURCE + ".profile=floci-" + SOURCE,
                "--rolewire.aws.accounts." + DESTINATION + ".profile=floci-" + DESTINATION,
                "--rolewire.security.users[1].username=" + ADMIN,
                "--rolewire.security.users[1].password={noop}" + ADMIN_PASSWORD,
                "--rolewire.security.users[1].roles=ADMIN");
    }

    /** Seed 003 from nothing: both roles created, names of run {@code n} of this test. */
    static String seed003(String suffix, int n) {
        return """
                {"workload": "ECS_TASK", "region": "us-east-1",
                 "source": {"accountId": "%s", "roleName": "task-role-%s-%d", "create": true},
                 "destination": {"accountId": "%s", "roleName": "cross-role-%s-%d", "create": true,
                                 "managedPolicyArns": []},
                 "ecs": {"family": "fam-%s-%d", "containerName": "test", "image": "your-test-image",
                         "cpu": 100, "memory": 200, "launchType": "EC2",
                         "executionRole": {"enabled": false}, "ecsExec": false}}
                """.formatted(SOURCE, suffix, n, DESTINATION, suffix, n, suffix, n);
    }

    /** @return the run's id, APPROVED */
    long approved(String body) {
        HttpResponse<String> created = post("/api/v1/runs", body, operator());
        expect(created, 201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        String run = "/api/v1/runs/" + id;
        expect(post(run + "/submit", "", operator()), 200);
        JsonNode plan =
                JSON.readTree(expect(post(run + "/plan", "", admin()), 200).body());
        String approval = "{\"planHash\":\"" + plan.get("hash").asString() + "\"}";
        expect(post(run + "/approve", approval, admin()), 200);
        return id;
    }

    /** The run is APPLYING (202); its steps run on whichever instance takes the lease. */
    void apply(long id) {
        expect(post("/api/v1/runs/" + id + "/apply", "", operator()), 202);
    }

    private HttpResponse<String> post(String path, String body, String authorization) {
        HttpRequest request = HttpRequest.newBuilder(app.uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body() + "\n" + app.logTail());
        }
        return response;
    }

    private static String operator() {
        return basic(RolewireProcess.USER, RolewireProcess.PASSWORD);
    }

    private static String admin() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
