package io.rolewire.web.wizard;

import io.rolewire.runs.WizardDrafts;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of an operator's open drafts on the home page: enough of what was typed to recognise
 * it. Any part may be null: a draft is saved after each step (Back saves unchecked), however little
 * was typed; {@code workload} is null unless a valid one was chosen.
 */
public record OpenDraft(
        UUID id, Workload workload, String source, String destination, Instant createdAt, Instant updatedAt) {

    static OpenDraft of(WizardDrafts.OpenDraft stored, WizardState state) {
        return new OpenDraft(
                stored.id(),
                state.workload().toParameters(),
                role(state.source().accountId(), state.source().roleName()),
                role(state.destination().accountId(), state.destination().roleName()),
                stored.createdAt(),
                stored.updatedAt());
    }

    /** {@code account/role} as typed, or null when neither was typed yet. */
    private static String role(String accountId, String roleName) {
        String account = blankToNull(accountId);
        String role = blankToNull(roleName);
        if (account == null && role == null) {
            return null;
        }
        return (account == null ? "?" : account.strip()) + "/" + (role == null ? "?" : role.strip());
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed;
    }
}
