package io.rolewire.audit;

import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.time.Instant;

/** One history row. */
public record RunSummary(
        long id,
        RunStatus status,
        Workload workload,
        String sourceAccountId,
        String sourceRoleName,
        String destinationAccountId,
        String destinationRoleName,
        String createdBy,
        Instant createdAt) {}
