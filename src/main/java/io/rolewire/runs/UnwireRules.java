package io.rolewire.runs;

import java.util.Optional;

/**
 * Who may un-wire which run (ADR 018): a person who may create runs, of a wiring that was applied
 * and verified (or whose verification failed: its resources are there), and only once at a time.
 */
public final class UnwireRules {

    private UnwireRules() {}

    /**
     * @param existing the newest un-wire of {@code original} that was not rejected or cancelled
     * @return why {@code by} may not un-wire {@code original} now; empty when they may
     */
    public static Optional<Refusal> refusal(Run original, ActingUser by, Optional<Run> existing) {
        if (!by.isCreator()) {
            return Optional.of(Refusal.WRONG_ROLE);
        }
        boolean wired = original.status() == RunStatus.VERIFIED || original.status() == RunStatus.VERIFICATION_FAILED;
        if (original.kind() != RunKind.WIRE || !wired) {
            return Optional.of(Refusal.NOT_UNWIRABLE);
        }
        return existing.isPresent() ? Optional.of(Refusal.ALREADY_UNWIRED) : Optional.empty();
    }
}
