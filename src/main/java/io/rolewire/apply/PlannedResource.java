package io.rolewire.apply;

import io.rolewire.wiring.DocumentDiff;
import java.util.List;

/**
 * One resource of the live plan.
 *
 * <p>Plans are stored as JSON (one per run) and read back as this record. Plans stored before the
 * words moved to the message bundles carry only {@code kind} and {@code note} in English; newer ones
 * carry {@code type} and {@code noteCode} with {@code noteArgs} too, so a page says them in its own
 * words, and {@code kind} and {@code note} still hold the English (the API's words). None of these
 * is part of the plan hash.
 *
 * @param key stable name of the resource within a run ({@code source.role}, {@code destination.trust}...)
 * @param kind what it is, in English: {@code IAM role}, {@code Inline policy}, {@code Task definition}...
 * @param name the resource's name in its account (role name, policy name, family...)
 * @param liveId what identifies the live resource beyond its name (a role's RoleId, a revision's ARN),
 *     null when absent
 * @param liveDocument the document as it is live (canonical JSON), null when absent
 * @param desiredDocument the document the apply will write, null when it writes none
 * @param diff live versus desired, principal and action order aside
 * @param note why it is BLOCKED, or what the apply leaves alone, in English; null when nothing to say
 * @param type the kind as a code ({@code ROLE}, {@code TASK_DEFINITION}...); null in older plans
 * @param noteCode the note as a message key; null when there is no note, and in older plans
 * @param noteArgs the note's arguments (names, account ids, AWS's own text)
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
        String note,
        String type,
        String noteCode,
        List<String> noteArgs) {

    /** Where the bundles keep the name of each {@link #type()}: {@code apply.resource.ROLE}... */
    public static final String TYPE_MESSAGE_PREFIX = "apply.resource.";

    public PlannedResource {
        noteArgs = noteArgs == null ? List.of() : List.copyOf(noteArgs);
    }

    /** A resource as plans stored it before the codes: English kind and note only. */
    public PlannedResource(
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
            String note) {
        this(
                key,
                side,
                accountId,
                kind,
                name,
                change,
                liveId,
                liveDocument,
                desiredDocument,
                diff,
                note,
                null,
                null,
                null);
    }

    /** The message key of the kind's name, null for a plan stored before the codes (then {@link #kind()}). */
    public String kindCode() {
        return type == null ? null : TYPE_MESSAGE_PREFIX + type;
    }
}
