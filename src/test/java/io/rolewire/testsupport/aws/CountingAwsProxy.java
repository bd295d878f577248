package io.rolewire.testsupport.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thin HTTP proxy in front of a real AWS peer (Floci) that waits a fixed latency before
 * forwarding each call and records every write it forwards, by action and the resource it names.
 * Answers come from the peer unchanged. A call whose client dies while it waits is still forwarded,
 * as a request that left the client reaches AWS: a test then sees whether the write was made again.
 */
public final class CountingAwsProxy implements AutoCloseable {

    private static final Set<String> WRITE_PREFIXES =
            Set.of("Create", "Put", "Update", "Attach", "Add", "Register", "Delete", "Tag", "Detach", "Remove");
    private static final Pattern FAMILY = Pattern.compile("\"family\"\\s*:\\s*\"([^\"]+)\"");
    private static final Set<String> HOP_HEADERS =
            Set.of("host", "content-length", "connection", "transfer-encoding", "expect", "upgrade", "keep-alive");

    /** One write forwarded to the peer. */
    public record Write(String action, String resource) {}

    private final URI target;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final List<Write> writes = new ArrayList<>();
    private volatile Duration latency = Duration.ZERO;

    private CountingAwsProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    public static CountingAwsProxy start(URI target) {
        try {
            return new CountingAwsProxy(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void latency(Duration latency) {
        this.latency = latency;
    }

    public List<Write> writes() {
        synchronized (writes) {
            return List.copyOf(writes);
        }
    }

    /** How often each write (action and resource) was forwarded. */
    public Map<Write, Integer> writeCounts() {
        Map<Write, Integer> counts = new LinkedHashMap<>();
        writes().forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readAll(exchange.getRequestBody());
            pause();
            record(exchange, body);
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(request(exchange, body), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] bytes = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client died (SIGKILL) before the answer: the call was made all the same
        }
    }

    private HttpRequest request(HttpExchange exchange, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private void record(HttpExchange exchange, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String action;
        String resource;
        String amzTarget = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (amzTarget != null) { // JSON protocols (ECS): the action is in the header
            action = amzTarget.substring(amzTarget.lastIndexOf('.') + 1);
            Matcher family = FAMILY.matcher(text);
            resource = family.find() ? family.group(1) : "";
        } else { // query protocols (IAM, STS): a form
            Map<String, String> form = form(text);
            action = form.getOrDefault("Action", "");
            resource = String.join(
                    "/",
                    form.getOrDefault("RoleName", ""),
                    form.getOrDefault("PolicyName", form.getOrDefault("PolicyArn", "")),
                    form.getOrDefault("InstanceProfileName", ""));
        }
        if (WRITE_PREFIXES.stream().anyMatch(action::startsWith)) {
            synchronized (writes) {
                writes.add(new Write(action, resource));
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(latency.toMillis()); // the injected latency of a real network
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> form(String text) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
