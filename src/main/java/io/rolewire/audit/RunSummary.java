package io.rolewire.audit;

import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.time.Instant;

/**
 * One history row.
 *
 * @param taskFamily the ECS task definition family; null for an EC2 instance
 * @param planHash the SHA-256 of the plan the run was created with
 * @param approvedBy the admin whose approval is in force; null when none is
 * @param undoesRunId the wiring this run un-wires; null for a wiring
 */
public record RunSummary(
        long id,
        RunStatus status,
        Workload workload,
        String sourceAccountId,
        String sourceRoleName,
        String destinationAccountId,
        String destinationRoleName,
        String createdBy,
        Instant createdAt,
        String region,
        String taskFamily,
        String planHash,
        String approvedBy,
        Long undoesRunId) {

    /** A row without the columns the history page does not show in its table (tests, fixtures). */
    public RunSummary(
            long id,
            RunStatus status,
            Workload workload,
            String sourceAccountId,
            String sourceRoleName,
            String destinationAccountId,
            String destinationRoleName,
            String createdBy,
            Instant createdAt) {
        this(
                id,
                status,
                workload,
                sourceAccountId,
                sourceRoleName,
                destinationAccountId,
                destinationRoleName,
                createdBy,
                createdAt,
                null,
                null,
                null,
                null,
                null);
    }
}
