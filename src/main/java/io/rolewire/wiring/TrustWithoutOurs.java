package io.rolewire.wiring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes Rolewire's statement out of a destination trust policy. The statement is recognised by its
 * content (it carries no Sid, seed 003's shape): Allow, exactly {@code sts:AssumeRole}, exactly the
 * source role's ARN as its one principal, and no condition but an end of access ({@code
 * DateLessThan aws:CurrentTime}, issue 12). A statement that also trusts others, allows more or has
 * other conditions is someone else's and stays. Both versions of a trust lose ours the same way,
 * so what is left can be compared: a merge that only adds (or rewrites) ours leaves equal remainders.
 */
final class TrustWithoutOurs {

    private static final String END_OPERATOR = "DateLessThan";
    private static final String END_KEY = "aws:currenttime";

    private TrustWithoutOurs() {}

    static Optional<TrustRemainder> of(String trustPolicy, String sourceRoleArn) {
        ExistingTrustPolicy existing = ExistingTrustPolicy.read(trustPolicy);
        if (existing.isRefused()) {
            return Optional.empty();
        }
        ObjectNode rest = (ObjectNode) existing.policy().deepCopy(); // TrustPolicyShape checked it is an object
        ArrayNode kept = rest.putArray("Statement");
        existing.statements().stream()
                .filter(statement -> !isOurs(statement, sourceRoleArn))
                .forEach(statement -> kept.add(statement.deepCopy()));
        return Optional.of(new TrustRemainder(CanonicalJson.compact(rest), kept.size()));
    }

    static boolean isOurs(JsonNode statement, String sourceRoleArn) {
        List<String> actions = IamJson.strings(statement.path("Action"));
        JsonNode principal = statement.path("Principal");
        return IamJson.isAllow(statement)
                && !statement.has("NotAction")
                && !statement.has("NotPrincipal")
                && actions.size() == 1
                && actions.get(0).equalsIgnoreCase(Policies.ASSUME_ROLE)
                && principal.isObject()
                && principal.size() == 1
                && IamJson.principals(statement, "AWS").equals(List.of(sourceRoleArn))
                && noConditionButAnEnd(statement.path("Condition"));
    }

    /**
     * No condition, or only {@code DateLessThan} with the one key {@code aws:CurrentTime} (IAM compares
     * condition keys case-insensitively) and one value: the same rule as the merge's for our statement.
     */
    private static boolean noConditionButAnEnd(JsonNode condition) {
        if (condition.isMissingNode() || condition.isEmpty()) {
            return true;
        }
        JsonNode keys = condition.path(END_OPERATOR);
        if (condition.size() != 1 || !keys.isObject() || keys.size() != 1) {
            return false;
        }
        Map.Entry<String, JsonNode> key = keys.properties().iterator().next();
        return key.getKey().toLowerCase(Locale.ROOT).equals(END_KEY)
                && IamJson.strings(key.getValue()).size() == 1;
    }
}
