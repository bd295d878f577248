package io.rolewire.testsupport.aws;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Access Analyzer ValidatePolicy over REST-JSON (POST /policy/validation). */
final class AnalyzerOperations {

    private final List<ObjectNode> findings = new ArrayList<>();

    /** Every later validation answers with this finding too. */
    void clearFindings() {
        findings.clear();
    }

    void addFinding(String type, String issueCode, String details) {
        ObjectNode finding = StubJson.MAPPER.createObjectNode();
        finding.put("findingType", type);
        finding.put("issueCode", issueCode);
        finding.put("findingDetails", details);
        finding.put(
                "learnMoreLink",
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html");
        finding.putArray("locations");
        findings.add(finding);
    }

    StubResponse handle(StubCall call) {
        ObjectNode response = StubJson.MAPPER.createObjectNode();
        findings.forEach(response.putArray("findings")::add);
        if (!response.has("findings")) {
            response.putArray("findings");
        }
        return new StubResponse(200, StubResponse.JSON, response.toString(), null);
    }

    static StubResponse error(int status, String type, String message) {
        ObjectNode error = StubJson.MAPPER.createObjectNode();
        error.put("message", message);
        return new StubResponse(status, StubResponse.JSON, error.toString(), type);
    }
}
