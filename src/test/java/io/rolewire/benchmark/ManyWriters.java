package io.rolewire.benchmark;

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
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 8, outcome 4: many concurrent clients against a running console, each looping over save
 * (POST /api/v1/runs), submit, preview (POST /api/v1/plans) and history (GET /api/v1/runs),
 * without pause by default (a closed loop: the server is always saturated) or, with
 * {@code -Dthink=MS}, pausing a random 0.5-1.5 x MS after each request as a person at a console
 * would. Prints, per operation, the count, errors (any non-2xx or I/O failure) and the
 * p50 / p95 / p99 / max latency as the client saw it. Bounded in time; 127.0.0.1 only.
 *
 * <p>{@code -Dwarmup=S} (default 0): latencies of requests started in the first S seconds are left out
 * (errors still count). Without it, the first request of every client lands together on a cold
 * server, and with 200 clients those 200 first saves are 2-8 % of all saves: they are the p95/p99.
 *
 * <pre>
 * java [-Dthink=1000] -cp target/test-classes io.rolewire.benchmark.ManyWriters http://127.0.0.1:8080 200 180 operator:secret
 * </pre>
 */
public final class ManyWriters {

    enum Op {
        SAVE,
        SUBMIT,
        PREVIEW,
        HISTORY
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final URI base;
    private final String authorization;
    private final String body;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Op, List<Long>> micros = new EnumMap<>(Op.class);
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final long thinkMillis = Long.getLong("think", 0);
    private final long warmupSeconds = Long.getLong("warmup", 0);
    private long measuredFrom;

    ManyWriters(URI base, String authorization, String body) {
        this.base = base;
        this.authorization = authorization;
        this.body = body;
        for (Op op : Op.values()) {
            micros.put(op, Collections.synchronizedList(new ArrayList<>()));
        }
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("only 127.0.0.1");
        }
        int clients = Integer.parseInt(args[1]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
        String authorization = args[3].startsWith("rwt_")
                ? "Bearer " + args[3]
                : "Basic " + Base64.getEncoder().encodeToString(args[3].getBytes(StandardCharsets.UTF_8));
        String body = Files.readString(Path.of(args.length > 4 ? args[4] : "docs/examples/seed-003.json"));
        new ManyWriters(base, authorization, body).run(clients, length);
    }

    void run(int clients, Duration length) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + length.toNanos();
        measuredFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                        try {
                            loop(client, end);
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        done.await();
        report(length);
    }

    private void loop(int client, long end) {
        for (int i = 0; System.nanoTime() < end; i++) {
            String mine = body.replace("my-ECS-task-role", "load-" + client + "-" + i);
            String created = call(Op.SAVE, post("/api/v1/runs", mine), 201);
            Matcher id = created == null ? null : ID.matcher(created);
            if (id != null && id.find()) {
                call(Op.SUBMIT, post("/api/v1/runs/" + id.group(1) + "/submit", ""), 200);
            }
            call(Op.PREVIEW, post("/api/v1/plans", mine), 200);
            call(Op.HISTORY, request("/api/v1/runs?size=20").GET().build(), 200);
        }
    }

    private HttpRequest post(String path, String json) {
        return request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    /** @return the body when the status was the expected one, else null (counted as an error) */
    private String call(Op op, HttpRequest request, int expected) {
        think();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (started >= measuredFrom) {
                micros.get(op).add((System.nanoTime() - started) / 1000);
            }
            if (response.statusCode() != expected) {
                errors.computeIfAbsent(op + " " + response.statusCode(), k -> new AtomicLong())
                        .incrementAndGet();
                return null;
            }
            return response.body();
        } catch (Exception e) {
            errors.computeIfAbsent(op + " " + e.getClass().getSimpleName(), k -> new AtomicLong())
                    .incrementAndGet();
            return null;
        }
    }

    private void think() {
        if (thinkMillis <= 0) {
            return;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis / 2, thinkMillis * 3 / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(Duration length) {
        System.out.println("think time: " + (thinkMillis <= 0 ? "none (closed loop)" : thinkMillis + " ms mean")
                + "; latencies of the first " + warmupSeconds + " s left out");
        System.out.printf(
                "%-8s %8s %8s %9s %9s %9s %9s%n", "op", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (Op op : Op.values()) {
            List<Long> sorted = new ArrayList<>(micros.get(op));
            Collections.sort(sorted);
            System.out.printf(
                    "%-8s %8d %8.1f %9.1f %9.1f %9.1f %9.1f%n",
                    op,
                    sorted.size(),
                    sorted.size() / (double) (length.toSeconds() - warmupSeconds),
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    percentile(sorted, 100));
        }
        System.out.println("errors: " + (errors.isEmpty() ? "none" : errors));
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
    }
}
