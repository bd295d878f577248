package io.rolewire.wiring;

import java.util.List;

/**
 * The pure core's one entry point: validation, rendering of every document, findings, the plan
 * hash and the trust-policy merge. Stateless and thread-safe; no Spring, no AWS SDK.
 */
public final class Wiring {

    /** Every broken input rule, each naming its field; empty when the input is valid. */
    public List<Violation> validate(WiringInput input) {
        return InputValidator.validate(input);
    }

    /** Validates, then renders every document of the workload with its findings and plan hash. */
    public Preview preview(WiringInput input) {
        List<Violation> violations = validate(input);
        if (!violations.isEmpty()) {
            return new Preview(violations, List.of(), List.of(), null);
        }
        ResolvedWiring wiring = ResolvedWiring.of(input);
        List<RenderedDocument> documents = WorkloadDocuments.render(wiring);
        return new Preview(
                List.of(),
                documents.stream().map(RenderedDocument::toDocument).toList(),
                PreviewFindings.of(wiring, documents),
                PlanHash.of(documents));
    }

    /**
     * Merges the destination trust statement for {@code input} into an existing trust policy
     * (JSON as IAM returns it after URL-decoding).
     */
    public MergeResult mergeDestinationTrust(String existingTrustPolicy, WiringInput input) {
        throw new UnsupportedOperationException("implemented by the wiring work package");
    }
}
