package io.rolewire.audit;

import io.rolewire.runs.RunStatus;
import java.time.Instant;

/**
 * One run seen from a role: {@code direction} says whether the role assumes the counterpart (it was
 * the source) or is assumed by it (it was the destination).
 */
public record RoleWiring(
        long runId,
        RunStatus status,
        Direction direction,
        String counterpartAccountId,
        String counterpartRoleName,
        String createdBy,
        Instant createdAt) {

    public enum Direction {
        ASSUMES,
        ASSUMED_BY
    }
}
