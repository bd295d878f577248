package io.rolewire.audit;

import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.time.LocalDate;

/**
 * Which runs a history search (or export) returns, and in which order; null or blank means "any".
 *
 * <p>{@code accountId} and {@code roleName} match either side; {@code sourceAccountId} and
 * {@code destinationAccountId} one side each. Names match exactly, case-sensitively, as stored.
 * {@code approvedBy} is the admin who approved the run. {@code createdFrom}..{@code createdTo} are
 * UTC days, both inclusive. {@code text} is a case-sensitive <em>prefix</em> of the source role,
 * the destination role or the ECS task family: every prefix of those is stored as a search term,
 * so a prefix is one index lookup on both H2 and PostgreSQL, while a substring or a case-folded
 * match would be a full scan on H2 (see docs/benchmarks.md).
 */
public record HistoryFilter(
        String accountId,
        String roleName,
        RunStatus status,
        String createdBy,
        String sourceAccountId,
        String destinationAccountId,
        Workload workload,
        LocalDate createdFrom,
        LocalDate createdTo,
        String text,
        HistoryOrder order,
        String approvedBy) {

    public HistoryFilter {
        order = order == null ? HistoryOrder.NEWEST_FIRST : order;
    }

    /** Every filter but the approver's. */
    public HistoryFilter(
            String accountId,
            String roleName,
            RunStatus status,
            String createdBy,
            String sourceAccountId,
            String destinationAccountId,
            Workload workload,
            LocalDate createdFrom,
            LocalDate createdTo,
            String text,
            HistoryOrder order) {
        this(
                accountId,
                roleName,
                status,
                createdBy,
                sourceAccountId,
                destinationAccountId,
                workload,
                createdFrom,
                createdTo,
                text,
                order,
                null);
    }

    /** The same filter, limited to runs approved by {@code approver} (null or blank: any). */
    public HistoryFilter approvedBy(String approver) {
        return new HistoryFilter(
                accountId,
                roleName,
                status,
                createdBy,
                sourceAccountId,
                destinationAccountId,
                workload,
                createdFrom,
                createdTo,
                text,
                order,
                approver);
    }

    /** The original four filters, newest first. */
    public HistoryFilter(String accountId, String roleName, RunStatus status, String createdBy) {
        this(accountId, roleName, status, createdBy, null, null, null, null, null, null, null);
    }

    public static HistoryFilter none() {
        return new HistoryFilter(null, null, null, null);
    }
}
