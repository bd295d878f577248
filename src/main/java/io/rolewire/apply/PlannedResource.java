package io.rolewire.apply;

import io.rolewire.wiring.DocumentDiff;

/**
 * One resource of the live plan.
 *
 * @param key stable name of the resource within a run ({@code source.role}, {@code destination.trust}...)
 * @param kind what it is, for people: {@code IAM role}, {@code inline policy}, {@code task definition}...
 * @param name the resource's name in its account (role name, policy name, family...)
 * @param liveId what identifies the live resource beyond its name (a role's RoleId, a revision's ARN),
 *     null when absent
 * @param liveDocument the document as it is live (canonical JSON), null when absent
 * @param desiredDocument the document the apply will write, null when it writes none
 * @param diff live versus desired, principal and action order aside
 * @param note why it is BLOCKED, or what the apply leaves alone; null when nothing to say
 */
public record PlannedResource(
        String key,
        Side side,
        String accountId,
        String kind,
        String name,
        Change change,
        String liveId,
        String liveDocument,
        String desiredDocument,
        DocumentDiff diff,
        String note) {}
