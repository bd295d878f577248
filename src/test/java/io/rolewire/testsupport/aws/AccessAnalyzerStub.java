package io.rolewire.testsupport.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one stub left: Access Analyzer (REST-JSON), for ValidatePolicy ({@code POST
 * /policy/validation}) and the custom checks CheckNoNewAccess ({@code POST
 * /policy/check-no-new-access}) and CheckNoPublicAccess ({@code POST /policy/check-no-public-access}),
 * answered in AWS's wire format (a check: {@code result} PASS or FAIL, {@code message}, {@code
 * reasons[]} with {@code description}, {@code statementIndex}, {@code statementId}). Floci does not
 * implement Access Analyzer (it answers 404 UnknownOperationException), so its answers can only be
 * faked; a {@link FaultProxy} routes the access-analyzer calls here ({@link FaultProxy#route}) and
 * every other call to Floci. An endpoint without the analyzer needs no stub: Floci's own 404 is that.
 * The stub keeps what it was sent ({@link #received}), so a test sees which documents were compared.
 */
public final class AccessAnalyzerStub implements AutoCloseable {

    public static final String VALIDATE_POLICY = "ValidatePolicy";
    public static final String CHECK_NO_NEW_ACCESS = "CheckNoNewAccess";
    public static final String CHECK_NO_PUBLIC_ACCESS = "CheckNoPublicAccess";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> PATHS = Map.of(
            VALIDATE_POLICY, "/policy/validation",
            CHECK_NO_NEW_ACCESS, "/policy/check-no-new-access",
            CHECK_NO_PUBLIC_ACCESS, "/policy/check-no-public-access");

    /** One request as the stub received it: the operation and the top-level fields of its JSON body. */
    public record Received(String operation, Map<String, String> fields) {

        public String field(String name) {
            return fields.get(name);
        }
    }

    /** One reason of a check's result, as Access Analyzer sends it; index and id may be null. */
    public record Reason(String description, Integer statementIndex, String statementId) {}

    private final WireMockServer server;
    private final List<ObjectNode> findings = new ArrayList<>();
    // built afresh for every mapping: a builder collects the headers added to it
    private final Map<String, Supplier<ResponseDefinitionBuilder>> answers = new LinkedHashMap<>();

    private AccessAnalyzerStub() {
        server = new WireMockServer(
                WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    }

    public static AccessAnalyzerStub start() {
        AccessAnalyzerStub stub = new AccessAnalyzerStub();
        stub.server.start();
        stub.reset();
        return stub;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Every later validation answers with this finding too (type ERROR, SECURITY_WARNING, WARNING, SUGGESTION). */
    public synchronized AccessAnalyzerStub finding(String type, String issueCode, String details) {
        ObjectNode finding = JSON.createObjectNode();
        finding.put("findingType", type);
        finding.put("issueCode", issueCode);
        finding.put("findingDetails", details);
        finding.put(
                "learnMoreLink",
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html");
        finding.putArray("locations");
        findings.add(finding);
        answer();
        return this;
    }

    /** Every later call of {@code check} (CheckNoNewAccess or CheckNoPublicAccess) answers FAIL. */
    public synchronized AccessAnalyzerStub fails(String check, String message, Reason... reasons) {
        String body = result("FAIL", message, reasons).toString();
        answers.put(check, () -> okJson(body));
        answer();
        return this;
    }

    /** Every later call of {@code operation} answers an AWS error, e.g. 403 AccessDeniedException. */
    public synchronized AccessAnalyzerStub errs(String operation, int status, String errorType, String message) {
        String body = JSON.createObjectNode().put("message", message).toString();
        answers.put(
                operation,
                () -> aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", errorType)
                        .withBody(body));
        answer();
        return this;
    }

    /** What the stub was sent, in the order it came. */
    public List<Received> received() {
        return server.getAllServeEvents().stream()
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(AccessAnalyzerStub::received)
                .toList();
    }

    public List<Received> received(String operation) {
        return received().stream().filter(r -> r.operation().equals(operation)).toList();
    }

    /** No findings, every check passes, nothing received. */
    public synchronized void reset() {
        findings.clear();
        answers.clear();
        server.resetRequests();
        answer();
    }

    @Override
    public void close() {
        server.stop();
    }

    private synchronized void answer() {
        ObjectNode validation = JSON.createObjectNode();
        ArrayNode list = validation.putArray("findings");
        findings.forEach(list::add);
        server.resetMappings();
        stub(VALIDATE_POLICY, okJson(validation.toString()));
        stub(
                CHECK_NO_NEW_ACCESS,
                okJson(result("PASS", "The updated policy does not grant new access.")
                        .toString()));
        stub(
                CHECK_NO_PUBLIC_ACCESS,
                okJson(result("PASS", "The resource policy does not grant public access.")
                        .toString()));
    }

    private void stub(String operation, ResponseDefinitionBuilder otherwise) {
        ResponseDefinitionBuilder answer =
                answers.containsKey(operation) ? answers.get(operation).get() : otherwise;
        server.stubFor(post(urlPathEqualTo(PATHS.get(operation)))
                .willReturn(answer.withHeader("x-amzn-RequestId", "analyzer-stub-" + operation)));
    }

    private static ObjectNode result(String result, String message, Reason... reasons) {
        ObjectNode answer = JSON.createObjectNode().put("result", result).put("message", message);
        ArrayNode list = answer.putArray("reasons");
        for (Reason reason : reasons) {
            ObjectNode item = list.addObject().put("description", reason.description());
            if (reason.statementIndex() != null) {
                item.put("statementIndex", reason.statementIndex());
            }
            if (reason.statementId() != null) {
                item.put("statementId", reason.statementId());
            }
        }
        return answer;
    }

    private static Received received(ServeEvent event) {
        String path = event.getRequest().getUrl().replaceAll("\\?.*", "");
        String operation = PATHS.entrySet().stream()
                .filter(e -> e.getValue().equals(path))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(path);
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
        body.properties().forEach(e -> {
            if (e.getValue().isValueNode()) {
                fields.put(e.getKey(), e.getValue().asString());
            }
        });
        return new Received(operation, fields);
    }
}
