package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds our statement to a destination role's existing trust policy. Other statements are copied
 * untouched; when an equivalent statement is already there nothing is added, so applying twice
 * gives the same document.
 */
final class TrustMerge {

    /** Actions that include sts:AssumeRole; IAM matches action names case-insensitively. */
    private static final Set<String> ASSUME_ROLE_ACTIONS = Set.of("sts:assumerole", "sts:*", "*");

    private TrustMerge() {}

    static MergeResult merge(String existingTrustPolicy, ResolvedWiring wiring) {
        ExistingTrustPolicy existing = ExistingTrustPolicy.read(existingTrustPolicy);
        if (existing.isRefused()) {
            return new MergeResult(null, false, List.of(existing.refusal()));
        }
        String sourceRoleArn = wiring.sourceRoleArn();
        boolean present = existing.statements().stream().anyMatch(s -> isEquivalent(s, sourceRoleArn));
        ObjectNode merged = withStatements(existing);
        if (!present) {
            ((ArrayNode) merged.get("Statement")).add(TrustPolicies.destinationStatement(sourceRoleArn));
        }
        List<Finding> findings = new ArrayList<>(TrustInspector.inspect(existing.policy()));
        findings.addAll(PolicyQuotas.trustPolicy(wiring.destinationRoleArn(), merged));
        return new MergeResult(CanonicalJson.pretty(merged), !present, Findings.mostSevereFirst(findings));
    }

    /**
     * Allows sts:AssumeRole to the source role ARN without conditions. A statement with conditions
     * is not equivalent: it may never hold for our task, so ours is still added.
     */
    static boolean isEquivalent(JsonNode statement, String sourceRoleArn) {
        return IamJson.isAllow(statement)
                && !statement.has("NotAction")
                && !statement.has("NotPrincipal")
                && statement.path("Condition").isEmpty()
                && allowsAssumeRole(statement)
                && IamJson.principals(statement, "AWS").contains(sourceRoleArn);
    }

    private static boolean allowsAssumeRole(JsonNode statement) {
        return IamJson.strings(statement.path("Action")).stream()
                .map(action -> action.toLowerCase(Locale.ROOT))
                .anyMatch(ASSUME_ROLE_ACTIONS::contains);
    }

    /** A copy of the policy, every other key kept, with Statement as an array. */
    private static ObjectNode withStatements(ExistingTrustPolicy existing) {
        ObjectNode merged = (ObjectNode) existing.policy().deepCopy(); // TrustPolicyShape checked it is an object
        ArrayNode array = merged.putArray("Statement");
        existing.statements().forEach(statement -> array.add(statement.deepCopy()));
        return merged;
    }
}
