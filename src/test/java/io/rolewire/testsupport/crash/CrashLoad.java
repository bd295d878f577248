package io.rolewire.testsupport.crash;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrent API clients that create runs and submit each one, recording every answer that reached
 * them in full as a 2xx: that is what Rolewire promised to keep. A client stops at its first
 * connection failure (the server was killed).
 */
public final class CrashLoad {

    private final RolewireProcess app;
    private final String body;
    private final Set<Long> created;
    private final Set<Long> submitted;
    private final AtomicInteger createdNow = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService clients;
    private final int count;

    /** @param created,submitted where acknowledged ids go (shared across rounds) */
    public CrashLoad(RolewireProcess app, String body, int clients, Set<Long> created, Set<Long> submitted) {
        this.app = app;
        this.body = body;
        this.count = clients;
        this.created = created;
        this.submitted = submitted;
        this.clients = Executors.newFixedThreadPool(clients);
    }

    public void start() {
        for (int i = 0; i < count; i++) {
            clients.submit(this::run);
        }
    }

    /** Waits until this load has had {@code runs} creates acknowledged, so a kill lands mid-load. */
    public void awaitCreated(int runs) {
        await("%d runs acknowledged".formatted(runs))
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> createdNow.get() >= runs);
    }

    /** After the kill: every client has met the dead server (or is told to stop). */
    public void stop() throws InterruptedException {
        stop.set(true);
        clients.shutdown();
        if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
            clients.shutdownNow();
        }
    }

    /** Answers that were neither 2xx nor a connection failure (a 500 under load, say). */
    public int refused() {
        return refused.get();
    }

    private void run() {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        try {
            while (!stop.get()) {
                HttpResponse<String> answer = send(http, "/api/v1/runs", body);
                JsonNode id = answer.statusCode() == 201
                        ? JsonMapper.shared().readTree(answer.body()).path("id")
                        : null;
                if (id == null || !id.isIntegralNumber()) {
                    refused.incrementAndGet();
                    continue;
                }
                long runId = id.asLong();
                created.add(runId);
                createdNow.incrementAndGet();
                HttpResponse<String> submit = send(http, "/api/v1/runs/" + runId + "/submit", "");
                if (submit.statusCode() == 200) {
                    submitted.add(runId);
                } else {
                    refused.incrementAndGet();
                }
            }
        } catch (IOException deadServer) {
            // the kill: whatever had no complete answer was never acknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> send(HttpClient http, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic() {
        String credentials = RolewireProcess.USER + ":" + RolewireProcess.PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
