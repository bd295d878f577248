package io.rolewire.apply.internal;

import io.rolewire.wiring.Json;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return check(trustPolicy, principalArn, null);
    }

    /**
     * @param now when not null, a statement whose only condition is an end of access ({@code
     *     DateLessThan aws:CurrentTime}, ADR 019) is evaluated against it, as AWS would now
     */
    static Result check(String trustPolicy, String principalArn, Instant now) {
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
            Optional<Instant> end = now == null ? Optional.empty() : accessEnd(statement);
            if (statement.has("Condition") && (end.isEmpty() || !now.isBefore(end.get()))) {
                conditioned = end.map(e -> "an end of access that has passed: " + e)
                        .orElse(statement.get("Condition").toString());
                continue;
            }
            String sid = statement.path("Sid").asString("");
            return new Result(
                    true,
                    "Statement " + (sid.isEmpty() ? "(no Sid)" : sid) + " allows sts:AssumeRole for " + principalArn
                            + end.map(e -> " until " + e).orElse("")
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

    /** The end of a statement whose whole condition is {@code DateLessThan aws:CurrentTime}. */
    private static Optional<Instant> accessEnd(JsonNode statement) {
        JsonNode condition = statement.path("Condition");
        JsonNode byOperator = condition.path("DateLessThan");
        if (condition.size() != 1 || byOperator.size() != 1) {
            return Optional.empty();
        }
        Map.Entry<String, JsonNode> only = byOperator.properties().iterator().next();
        List<String> values = strings(only.getValue());
        if (!only.getKey().equalsIgnoreCase("aws:CurrentTime") || values.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(DateTimeFormatter.ISO_DATE_TIME.parse(values.get(0))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<JsonNode> asList(JsonNode node) {
        return node.isArray() ? node.values().stream().toList() : node.isMissingNode() ? List.of() : List.of(node);
    }

    private static List<String> strings(JsonNode node) {
        return asList(node).stream().map(JsonNode::asString).toList();
    }
}
