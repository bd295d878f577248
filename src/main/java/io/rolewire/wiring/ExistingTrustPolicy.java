package io.rolewire.wiring;

import io.rolewire.wiring.CanonicalJson.InvalidJsonException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A trust policy someone else wrote, read from text: either a policy Rolewire understands, or the
 * one ERROR finding that says why it was refused.
 */
record ExistingTrustPolicy(JsonNode policy, Finding refusal) {

    static ExistingTrustPolicy read(String json) {
        JsonNode policy;
        try {
            policy = CanonicalJson.parse(json == null ? "" : json);
        } catch (InvalidJsonException e) {
            return refused("The trust policy is not valid JSON: " + e.getMessage());
        }
        Optional<String> problem = TrustPolicyShape.problem(policy);
        return problem.map(why -> refused("The trust policy is refused: " + why + "."))
                .orElseGet(() -> new ExistingTrustPolicy(policy, null));
    }

    boolean isRefused() {
        return refusal != null;
    }

    List<JsonNode> statements() {
        return IamJson.statements(policy);
    }

    private static ExistingTrustPolicy refused(String message) {
        return new ExistingTrustPolicy(null, new Finding(Severity.ERROR, FindingCodes.TRUST_POLICY_INVALID, message));
    }
}
