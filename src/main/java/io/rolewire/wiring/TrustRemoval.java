package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes our statement out of a destination role's live trust policy: the inverse of
 * {@link TrustMerge}. {@code UpdateAssumeRolePolicy} replaces the whole document, so every other
 * statement is copied untouched. Ours is a statement the wiring run wrote (equal to one of its
 * stored trust's statements that names the source role) or one {@link TrustMerge} would have taken
 * for ours; in a statement someone shared with other principals only our principal goes.
 */
final class TrustRemoval {

    private TrustRemoval() {}

    static StatementRemoval remove(String liveTrustPolicy, String sourceRoleArn, List<JsonNode> ourStatements) {
        ExistingTrustPolicy existing = ExistingTrustPolicy.read(liveTrustPolicy);
        if (existing.isRefused()) {
            return new StatementRemoval(null, false, false, List.of(existing.refusal()));
        }
        ObjectNode result = (ObjectNode) existing.policy().deepCopy();
        ArrayNode kept = result.putArray("Statement");
        boolean removed = false;
        for (JsonNode statement : existing.statements()) {
            if (!isOurs(statement, sourceRoleArn, ourStatements)) {
                kept.add(statement.deepCopy());
                continue;
            }
            removed = true;
            withoutPrincipal(statement, sourceRoleArn).ifPresent(kept::add);
        }
        return new StatementRemoval(CanonicalJson.pretty(result), removed, kept.isEmpty(), List.of());
    }

    /** The statements of a stored trust policy that name {@code sourceRoleArn}: what the run wrote. */
    static List<JsonNode> statementsNaming(String trustPolicy, String sourceRoleArn) {
        if (trustPolicy == null) {
            return List.of();
        }
        ExistingTrustPolicy stored = ExistingTrustPolicy.read(trustPolicy);
        if (stored.isRefused()) {
            return List.of();
        }
        return stored.statements().stream()
                .filter(s -> IamJson.principals(s, "AWS").contains(sourceRoleArn))
                .toList();
    }

    private static boolean isOurs(JsonNode statement, String sourceRoleArn, List<JsonNode> ourStatements) {
        return TrustMerge.isOurs(statement, sourceRoleArn)
                || TrustMerge.isEquivalent(statement, sourceRoleArn)
                || ourStatements.stream().anyMatch(ours -> withoutSid(ours).equals(withoutSid(statement)));
    }

    /** IAM may keep or drop a Sid; the statement is ours whatever it is called. */
    private static JsonNode withoutSid(JsonNode statement) {
        if (statement instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            copy.remove("Sid");
            return copy;
        }
        return statement;
    }

    /** The statement with our principal taken out; empty when nobody else is left in it. */
    private static Optional<JsonNode> withoutPrincipal(JsonNode statement, String sourceRoleArn) {
        List<String> others = new ArrayList<>(IamJson.principals(statement, "AWS"));
        others.remove(sourceRoleArn);
        ObjectNode copy = (ObjectNode) statement.deepCopy();
        JsonNode principal = copy.path("Principal");
        if (!(principal instanceof ObjectNode principals)) {
            return Optional.empty();
        }
        if (others.isEmpty()) {
            principals.remove("AWS");
        } else if (others.size() == 1) {
            principals.put("AWS", others.get(0));
        } else {
            principals.set("AWS", CanonicalJson.arrayOf(others));
        }
        return principals.isEmpty() ? Optional.empty() : Optional.of(copy);
    }
}
