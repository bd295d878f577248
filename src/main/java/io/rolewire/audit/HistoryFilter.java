package io.rolewire.audit;

import io.rolewire.runs.RunStatus;

/**
 * History filters; null or blank means "any". {@code accountId} matches either side,
 * {@code roleName} matches either side (exact, case-sensitive as IAM names are unique
 * case-insensitively but shown as typed).
 */
public record HistoryFilter(String accountId, String roleName, RunStatus status, String createdBy) {

    public static HistoryFilter none() {
        return new HistoryFilter(null, null, null, null);
    }
}
