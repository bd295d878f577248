package io.rolewire.wiring;

import java.util.Optional;

/** What a merge tells the approver about the end of access (ADR 019). */
final class TrustMergeFindings {

    private TrustMergeFindings() {}

    /** Our statement was there with another end (or none): a re-wiring moves the end of the access. */
    static Finding endChanged(ResolvedWiring wiring, Optional<String> previousEnd) {
        String before = previousEnd.map(end -> "ends at " + end).orElse("has no end");
        String after = wiring.accessUntil() == null
                ? "removes that end: the access no longer ends"
                : "makes it end at " + AccessEnd.text(wiring.accessUntil());
        return new Finding(
                Severity.WARNING,
                FindingCodes.TRUST_ACCESS_END_CHANGED,
                "The statement of " + wiring.destinationRoleArn() + " trusting " + wiring.sourceRoleArn() + " "
                        + before + "; this wiring rewrites that statement and " + after
                        + ". Every wiring of this pair shares the statement.");
    }

    /** Another statement trusts the source role with no condition: AWS cannot end the access at our date. */
    static Optional<Finding> endNotEnforced(ResolvedWiring wiring, Optional<String> otherStatement) {
        return otherStatement.map(label -> new Finding(
                Severity.WARNING,
                FindingCodes.TRUST_ACCESS_END_NOT_ENFORCED,
                label + " of " + wiring.destinationRoleArn() + " already trusts " + wiring.sourceRoleArn()
                        + " without any condition, so the access does not end at "
                        + AccessEnd.text(wiring.accessUntil())
                        + " as this wiring asks. Rolewire leaves other statements as they are: remove that"
                        + " one by hand if the access must end."));
    }
}
