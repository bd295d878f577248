package io.rolewire.testsupport.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one stub left: Access Analyzer's ValidatePolicy (REST-JSON, {@code POST /policy/validation}).
 * Floci does not implement Access Analyzer (it answers 404 UnknownOperationException), so findings
 * can only be faked; a {@link FaultProxy} routes the access-analyzer calls here
 * ({@link FaultProxy#route}) and every other call to Floci. An endpoint without the analyzer needs no
 * stub: Floci's own 404 is that.
 */
public final class AccessAnalyzerStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WireMockServer server;
    private final List<ObjectNode> findings = new ArrayList<>();

    private AccessAnalyzerStub() {
        server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal());
    }

    public static AccessAnalyzerStub start() {
        AccessAnalyzerStub stub = new AccessAnalyzerStub();
        stub.server.start();
        stub.answer();
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

    /** No findings. */
    public synchronized void reset() {
        findings.clear();
        answer();
    }

    @Override
    public void close() {
        server.stop();
    }

    private void answer() {
        ObjectNode response = JSON.createObjectNode();
        ArrayNode list = response.putArray("findings");
        findings.forEach(list::add);
        server.resetMappings();
        server.stubFor(post(urlPathEqualTo("/policy/validation"))
                .willReturn(okJson(response.toString()).withHeader("x-amzn-RequestId", "analyzer-stub-request")));
    }
}
