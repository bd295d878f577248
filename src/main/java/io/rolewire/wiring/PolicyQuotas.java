package io.rolewire.wiring;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** IAM's size quotas, counted the way IAM counts them: characters without whitespace. */
final class PolicyQuotas {

    static final int TRUST_POLICY_DEFAULT_QUOTA = 2_048;
    static final int TRUST_POLICY_HARD_MAX = 4_096;
    static final int ROLE_POLICY_SIZE_MAX = 10_240;

    private PolicyQuotas() {}

    static int length(JsonNode policy) {
        return CanonicalJson.compact(policy).replaceAll("\\s", "").length();
    }

    static List<Finding> trustPolicy(String role, JsonNode trustPolicy) {
        int length = length(trustPolicy);
        if (length > TRUST_POLICY_HARD_MAX) {
            return List.of(new Finding(
                    Severity.ERROR,
                    FindingCodes.TRUST_POLICY_LENGTH_MAX,
                    "The trust policy of " + role + " is " + Findings.grouped(length)
                            + " characters without whitespace, over " + Findings.grouped(TRUST_POLICY_HARD_MAX)
                            + ", the most IAM allows even with a raised quota."));
        }
        if (length > TRUST_POLICY_DEFAULT_QUOTA) {
            return List.of(
                    new Finding(
                            Severity.WARNING,
                            FindingCodes.TRUST_POLICY_LENGTH_QUOTA,
                            "The trust policy of " + role + " is " + Findings.grouped(length)
                                    + " characters without whitespace, over the default IAM quota"
                                    + " \"Role trust policy length\" of 2,048; ask for an increase (up to 4,096) before applying."));
        }
        return List.of();
    }

    /** IAM limits the inline policies of one role together, not each policy alone. */
    static List<Finding> inlinePolicies(String role, List<JsonNode> policies) {
        int total = policies.stream().mapToInt(PolicyQuotas::length).sum();
        if (total <= ROLE_POLICY_SIZE_MAX) {
            return List.of();
        }
        return List.of(new Finding(
                Severity.ERROR,
                FindingCodes.INLINE_POLICY_SIZE_MAX,
                "The inline policies of " + role + " total " + Findings.grouped(total)
                        + " characters without whitespace, over the IAM quota \"Role policy size\" of 10,240."));
    }
}
