package io.rolewire.wiring;

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

    /** The merge's own rule for our statement ({@link TrustMerge#isOurs}): one rule, so proof and merge agree. */
    static boolean isOurs(JsonNode statement, String sourceRoleArn) {
        return TrustMerge.isOurs(statement, sourceRoleArn);
    }
}
