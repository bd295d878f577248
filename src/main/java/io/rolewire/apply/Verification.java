package io.rolewire.apply;

import java.time.Instant;
import java.util.List;

/** The outcome of one verification of a run: VERIFIED only when every check passed. */
public record Verification(long runId, Instant at, String by, List<VerificationCheck> checks) {

    public Verification {
        checks = List.copyOf(checks);
    }

    public boolean verified() {
        return !checks.isEmpty() && checks.stream().allMatch(VerificationCheck::passed);
    }
}
