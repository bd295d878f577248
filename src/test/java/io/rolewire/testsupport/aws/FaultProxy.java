package io.rolewire.testsupport.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A thin HTTP proxy in front of a real AWS peer (Floci) that forwards every call and records it
 * ({@link ProxiedCall}: service, action, account, parameters, start and end), and injects what the
 * peer cannot produce ({@link Faults}): a fixed latency per call, throttling, IAM's "Invalid
 * principal" delay after CreateRole, any error code for a named action. The answers that are not
 * injected come from the peer unchanged, so wire formats are a real peer's.
 *
 * <p>A call whose client dies while it waits is still forwarded and recorded, as a request that left
 * the client reaches AWS: a test then sees whether the write was made again.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Set<String> HOP_HEADERS =
            Set.of("host", "content-length", "connection", "transfer-encoding", "expect", "upgrade", "keep-alive");
    private static final Pattern ACCESS_KEY = Pattern.compile("Credential=([^/]+)/[^/]+/[^/]+/([^/]+)/");
    private static final Pattern CREATED_ROLE_ARN =
            Pattern.compile("<Arn>(arn:aws[\\w-]*:iam::\\d{12}:role/[^<]+)</Arn>");
    private static final Pattern ISSUED_KEY = Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>");
    private static final Pattern ASSUMED_ACCOUNT = Pattern.compile("arn:aws[\\w-]*:sts::(\\d{12}):assumed-role/");
    private static final Pattern DOCUMENT = Pattern.compile(
            "<(AssumeRolePolicyDocument|PolicyDocument)>([^<]*)</(AssumeRolePolicyDocument|PolicyDocument)>");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> REST_JSON_ACTIONS = Map.of(
            "/policy/validation", "ValidatePolicy",
            "/policy/check-no-new-access", "CheckNoNewAccess",
            "/policy/check-no-public-access", "CheckNoPublicAccess");

    /** One write forwarded to the peer: its action and the resource it names. */
    public record Write(String action, String resource) {}

    private final URI target;
    private final Map<String, URI> routes = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Faults faults = new Faults();
    private final Map<String, String> sessionAccounts = new ConcurrentHashMap<>();
    private final List<ProxiedCall> calls = new ArrayList<>();

    static {
        // The JDK's server closes a connection idle for 30 s; the SDK's pool keeps one up to 60 s and
        // would send the next call on a closed one ("failed to respond") after a pause between tests.
        // AWS keeps idle connections longer than the SDK does, so the proxy must too. Read once, when
        // the JDK's server configuration loads: before the first server of this JVM starts.
        System.setProperty("sun.net.httpserver.idleInterval", "600");
        // The JDK's server also keeps at most 200 idle connections and closes every one past that as
        // soon as its answer is sent, while the SDK's pool keeps it; with four clients per account
        // and many accounts (a benchmark, a long test class) the next call on such a connection
        // failed, and the SDK retried it after a random backoff of up to 100 ms. AWS does not close a
        // client's connections because other clients are idle.
        System.setProperty("sun.net.httpserver.maxIdleConnections", "100000");
        // The JDK's server writes an answer's headers and body as two segments; with Nagle's algorithm
        // on, the body waits for the client's delayed ACK of the headers (40 ms on Linux), so a client
        // saw 100 ms of injected latency as 145 ms on every answer with a body. AWS's endpoints do not
        // add that, and it is not the application's time: send at once.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FaultProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A proxy on a free port of 127.0.0.1 in front of {@code target}. */
    public static FaultProxy start(URI target) {
        try {
            return new FaultProxy(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Faults faults() {
        return faults;
    }

    /** Shorthand for {@code faults().latency(latency)}. */
    public void latency(Duration latency) {
        faults.latency(latency);
    }

    /** Calls of {@code service} (e.g. access-analyzer, which Floci lacks) go to {@code elsewhere} instead. */
    public FaultProxy route(String service, URI elsewhere) {
        routes.put(service, elsewhere);
        return this;
    }

    /** Every call answered so far, in the order they arrived. */
    public List<ProxiedCall> calls() {
        synchronized (calls) {
            return calls.stream()
                    .sorted(java.util.Comparator.comparingLong(ProxiedCall::startNanos))
                    .toList();
        }
    }

    public List<ProxiedCall> calls(String action) {
        return calls().stream().filter(c -> c.action().equals(action)).toList();
    }

    /** The calls made with the credentials of these accounts (a scenario's own accounts). */
    public List<ProxiedCall> callsIn(String... accounts) {
        Set<String> wanted = Set.of(accounts);
        return calls().stream().filter(c -> wanted.contains(c.account())).toList();
    }

    /** The writes that reached the peer (injected failures excluded). */
    public List<Write> writes() {
        return calls().stream()
                .filter(c -> c.isWrite() && !c.injected())
                .map(c -> new Write(c.action(), writeResource(c)))
                .toList();
    }

    /** How often each write (action and resource) reached the peer. */
    public Map<Write, Integer> writeCounts() {
        Map<Write, Integer> counts = new LinkedHashMap<>();
        writes().forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    /** Forgets the recorded calls, every fault and route (a proxy shared by the tests of one Spring context). */
    public void reset() {
        faults.reset();
        routes.clear();
        synchronized (calls) {
            calls.clear();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * Answers one call. The call is recorded before its answer is sent, so a client that has the
     * answer finds the call in {@link #calls()}; a client that died meanwhile still had its call made.
     */
    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Request request = parse(exchange, body);
        try (exchange) {
            pause(faults.latency());
            Optional<InjectedErrors.Answer> fault = fault(request);
            if (fault.isPresent()) {
                InjectedErrors.Answer answer = fault.get();
                record(
                        request,
                        start,
                        answer.status(),
                        errorCodeOf(answer),
                        answer.headers().get("x-amzn-RequestId"),
                        true);
                answer.headers()
                        .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                exchange.getResponseHeaders().add("Content-Type", answer.contentType());
                // an injected error ends its connection: the SDK then retries on a fresh one, never on
                // a pooled connection the JDK's server may already have given up after an error
                exchange.getResponseHeaders().add("Connection", "close");
                send(exchange, answer.status(), answer.body());
                return;
            }
            HttpResponse<byte[]> answer;
            try {
                answer = forward(exchange, request, body);
            } catch (IOException peerFailed) {
                // Floci dropped the connection (a pooled one it had closed, most often): answer as a
                // gateway does, a 502 the SDK retries, rather than hang up and look like a dead client
                record(request, start, 502, "ProxyPeerFailed", null, true);
                send(exchange, 502, new byte[0]);
                return;
            }
            byte[] bytes = learn(request, answer);
            int status = answer.statusCode();
            record(
                    request,
                    start,
                    status,
                    status >= 300 ? errorCodeOf(answer, bytes) : null,
                    requestIdOf(answer, bytes),
                    false);
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            send(exchange, status, bytes);
        } catch (IOException clientGone) {
            // the client died (SIGKILL) before the answer: the call was made all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record(request, start, 502, "ProxyInterrupted", null, true);
        }
    }

    private Optional<InjectedErrors.Answer> fault(Request request) {
        String requestId = UUID.randomUUID().toString();
        if (faults.consumeThrottle(request.action())) {
            return Optional.of(InjectedErrors.throttling(request.service(), requestId));
        }
        Optional<Faults.Failure> failure = faults.consumeFailure(request.action());
        if (failure.isPresent()) {
            Faults.Failure f = failure.get();
            return Optional.of(InjectedErrors.of(request.service(), f.code(), f.status(), f.message(), requestId));
        }
        String trust = switch (request.action()) {
            case "CreateRole" -> request.parameters().get("AssumeRolePolicyDocument");
            case "UpdateAssumeRolePolicy" -> request.parameters().get("PolicyDocument");
            default -> null;
        };
        return faults.consumeInvalidPrincipal(trust).map(arn -> InjectedErrors.invalidPrincipal(arn, requestId));
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, Request request, byte[] body)
            throws IOException, InterruptedException {
        URI peer = routes.getOrDefault(request.service(), target);
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        peer.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        Optional<String> actual = faults.actingAs(request.accessKeyId());
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(value -> builder.header(
                        name,
                        actual.isPresent() && name.equalsIgnoreCase("Authorization")
                                ? value.replace(
                                        "Credential=" + request.accessKeyId() + "/", "Credential=" + actual.get() + "/")
                                : value));
            }
        });
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Learns new roles and session keys from the answer; encodes documents as AWS does when asked to. */
    private byte[] learn(Request request, HttpResponse<byte[]> answer) {
        if (answer.statusCode() != 200 || request.service().equals("ecs")) {
            return answer.body();
        }
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        if (request.action().equals("CreateRole")) {
            Matcher arn = CREATED_ROLE_ARN.matcher(text);
            if (arn.find()) {
                faults.roleCreated(arn.group(1));
            }
        }
        if (request.action().equals("AssumeRole")) {
            Matcher key = ISSUED_KEY.matcher(text);
            Matcher account = ASSUMED_ACCOUNT.matcher(text);
            if (key.find() && account.find()) {
                sessionAccounts.put(key.group(1), account.group(1));
            }
        }
        if (faults.encodesDocuments() && request.service().equals("iam")) {
            return DOCUMENT.matcher(text)
                    .replaceAll(m -> Matcher.quoteReplacement(
                            "<" + m.group(1) + ">" + urlEncoded(unescape(m.group(2))) + "</" + m.group(1) + ">"))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return answer.body();
    }

    private void record(Request request, long start, int status, String errorCode, String requestId, boolean injected) {
        ProxiedCall call = new ProxiedCall(
                request.service(),
                request.action(),
                accountOf(request.accessKeyId()),
                request.accessKeyId(),
                request.parameters(),
                request.body(),
                start,
                System.nanoTime(),
                status,
                errorCode,
                requestId,
                injected);
        synchronized (calls) {
            calls.add(call);
        }
    }

    private String accountOf(String accessKeyId) {
        if (accessKeyId == null) {
            return null;
        }
        return accessKeyId.matches("\\d{12}") ? accessKeyId : sessionAccounts.get(accessKeyId);
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** A request as the proxy understands it. */
    private record Request(
            String service, String action, String accessKeyId, Map<String, String> parameters, String body) {}

    private static Request parse(HttpExchange exchange, byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher scope = ACCESS_KEY.matcher(authorization == null ? "" : authorization);
        String accessKeyId = scope.find() ? scope.group(1) : null;
        String service = scope.groupCount() > 1 && accessKeyId != null ? scope.group(2) : "";
        String amzTarget = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (amzTarget != null) { // JSON 1.1 (ECS): the action is in the header
            return new Request(
                    service, amzTarget.substring(amzTarget.lastIndexOf('.') + 1), accessKeyId, topLevel(body), body);
        }
        String restJson = REST_JSON_ACTIONS.get(exchange.getRequestURI().getPath());
        if (restJson != null) { // REST-JSON (Access Analyzer): the action is in the path
            return new Request(service, restJson, accessKeyId, topLevel(body), body);
        }
        Map<String, String> form = form(body);
        return new Request(service, form.getOrDefault("Action", ""), accessKeyId, form, body);
    }

    private static Map<String, String> topLevel(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode node = JSON.readTree(json);
            node.properties().forEach(e -> {
                if (e.getValue().isValueNode()) {
                    fields.put(e.getKey(), e.getValue().asString());
                }
            });
        } catch (RuntimeException notJson) {
            // an empty or foreign body: no fields
        }
        return fields;
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

    /** The id the SDK reports: the body's RequestId on the query protocols (Floci's header differs), else the header. */
    private static String requestIdOf(HttpResponse<byte[]> answer, byte[] body) {
        Matcher inBody =
                Pattern.compile("<RequestId>([^<]+)</RequestId>").matcher(new String(body, StandardCharsets.UTF_8));
        return inBody.find()
                ? inBody.group(1)
                : answer.headers().firstValue("x-amzn-RequestId").orElse(null);
    }

    private static String errorCodeOf(InjectedErrors.Answer answer) {
        return errorCodeOf(answer.headers().get("x-amzn-ErrorType"), answer.body());
    }

    private static String errorCodeOf(HttpResponse<byte[]> answer, byte[] body) {
        return errorCodeOf(answer.headers().firstValue("x-amzn-ErrorType").orElse(null), body);
    }

    private static String errorCodeOf(String errorType, byte[] body) {
        if (errorType != null) {
            return errorType.split(":")[0];
        }
        String text = new String(body, StandardCharsets.UTF_8);
        Matcher code = Pattern.compile("<Code>([^<]+)</Code>|\"__type\"\\s*:\\s*\"(?:[^\"#]*#)?([^\"]+)\"")
                .matcher(text);
        if (!code.find()) {
            return "Unknown";
        }
        return code.group(1) != null ? code.group(1) : code.group(2);
    }

    private static String writeResource(ProxiedCall call) {
        if (call.service().equals("ecs")) {
            return call.parameters().getOrDefault("family", "");
        }
        return String.join(
                "/",
                call.parameters().getOrDefault("RoleName", ""),
                call.parameters().getOrDefault("PolicyName", call.parameters().getOrDefault("PolicyArn", "")),
                call.parameters().getOrDefault("InstanceProfileName", ""));
    }

    private static String unescape(String xml) {
        return xml.replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String urlEncoded(String json) {
        return URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis()); // the injected latency of a real network
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
