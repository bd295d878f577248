package io.rolewire.wiring;

import java.util.List;

/**
 * Result of taking our statement out of a live destination trust policy (un-wire, ADR 018).
 *
 * @param document the trust policy without our statement (canonical pretty JSON), every other
 *     statement kept; null when the live document was refused ({@code findings} says why)
 * @param removed whether our statement (or our principal in a shared statement) was there
 * @param leavesEmpty whether nothing would be left: IAM refuses a trust policy without statements
 */
public record StatementRemoval(String document, boolean removed, boolean leavesEmpty, List<Finding> findings) {

    public StatementRemoval {
        findings = List.copyOf(findings);
    }

    public boolean refused() {
        return document == null;
    }
}
