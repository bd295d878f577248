package io.rolewire.testsupport.crash;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the restarted store back through the API only (what a client or reviewer sees): every
 * acknowledged run must exist, every acknowledged submit must still be SUBMITTED, and no run may
 * be half-written (no documents, no CREATED event first, SUBMITTED without its event); the
 * global chain check covers every run's events.
 */
final class StoreCheck {

    private final RolewireProcess app;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    StoreCheck(RolewireProcess app) {
        this.app = app;
    }

    /** Runs the history lists with an id above {@code after}, ascending. */
    Set<Long> runIdsAfter(long after) throws IOException, InterruptedException {
        Set<Long> ids = new TreeSet<>();
        String next = "/api/v1/runs?size=100";
        while (next != null) {
            JsonNode page = get(next).orElseThrow(() -> new IllegalStateException("history not readable"));
            boolean older = false;
            for (JsonNode item : page.path("items")) {
                long id = item.path("id").asLong();
                older |= id <= after;
                if (id > after) {
                    ids.add(id);
                }
            }
            JsonNode before = page.path("nextBefore");
            next = older || before.isNull() || before.isMissingNode()
                    ? null
                    : "/api/v1/runs?size=100&before=" + before.asLong();
        }
        return ids;
    }

    /** The run as the API shows it, or empty when it answers 404. */
    Optional<JsonNode> run(long id) throws IOException, InterruptedException {
        return get("/api/v1/runs/" + id);
    }

    /** Why this run is half-written, or empty when it is whole. */
    Optional<String> halfWritten(long id, JsonNode run) {
        List<String> problems = new ArrayList<>();
        if (run.path("documents").isEmpty()) {
            problems.add("no documents");
        }
        JsonNode events = run.path("events");
        if (events.isEmpty() || !"CREATED".equals(events.get(0).path("type").asString())) {
            problems.add("no CREATED event first");
        }
        String status = run.path("status").asString();
        if ("SUBMITTED".equals(status) && !hasEvent(events, "SUBMITTED")) {
            problems.add("SUBMITTED without its event");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of("run " + id + ": " + String.join(", ", problems));
    }

    boolean chainIntact() throws IOException, InterruptedException {
        return get("/api/v1/audit/verify")
                .map(report -> report.path("ok").asBoolean())
                .orElse(false);
    }

    private static boolean hasEvent(JsonNode events, String type) {
        for (JsonNode event : events) {
            if (type.equals(event.path("type").asString())) {
                return true;
            }
        }
        return false;
    }

    private Optional<JsonNode> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.uri(path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", CrashLoad.basic())
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            return Optional.empty();
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return Optional.of(JsonMapper.shared().readTree(answer.body()));
    }
}
