package io.rolewire.apply.internal;

import io.rolewire.wiring.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a live trust policy for verification: does an Allow statement let exactly this role ARN
 * call sts:AssumeRole, without conditions we cannot evaluate here? IAM shows a principal whose role
 * was deleted as its unique id (AROA...): such a statement no longer works and is reported.
 */
final class TrustEvidence {

    private static final JsonMapper JSON = Json.mapper();

    private TrustEvidence() {}

    record Result(boolean allows, String evidence) {}

    static Result check(String trustPolicy, String principalArn) {
        JsonNode policy = JSON.readTree(trustPolicy);
        List<String> orphaned = new ArrayList<>();
        String conditioned = null;
        for (JsonNode statement : asList(policy.path("Statement"))) {
            List<String> principals = strings(statement.path("Principal").path("AWS"));
            principals.stream().filter(p -> p.startsWith("AROA")).forEach(orphaned::add);
            boolean allow = "Allow".equals(statement.path("Effect").asString());
            boolean assume = strings(statement.path("Action")).stream()
                    .anyMatch(a -> a.equals("sts:AssumeRole") || a.equals("sts:*") || a.equals("*"));
            if (!allow || !assume || !principals.contains(principalArn)) {
                continue;
            }
            if (statement.has("Condition")) {
                conditioned = statement.get("Condition").toString();
                continue;
            }
            String sid = statement.path("Sid").asString("");
            return new Result(
                    true,
                    "Statement " + (sid.isEmpty() ? "(no Sid)" : sid) + " allows sts:AssumeRole for " + principalArn
                            + (orphaned.isEmpty() ? "" : "; orphaned principals elsewhere: " + orphaned));
        }
        if (conditioned != null) {
            return new Result(
                    false,
                    "The only statement for " + principalArn + " has conditions Rolewire cannot " + "evaluate: "
                            + conditioned);
        }
        return new Result(
                false,
                "No Allow statement names " + principalArn + " for sts:AssumeRole"
                        + (orphaned.isEmpty()
                                ? ""
                                : "; orphaned principals (role deleted and recreated?): " + orphaned));
    }

    private static List<JsonNode> asList(JsonNode node) {
        return node.isArray() ? node.values().stream().toList() : node.isMissingNode() ? List.of() : List.of(node);
    }

    private static List<String> strings(JsonNode node) {
        return asList(node).stream().map(JsonNode::asString).toList();
    }
}
