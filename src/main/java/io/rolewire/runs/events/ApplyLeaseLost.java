package io.rolewire.runs.events;

/**
 * An instance found that it no longer held the lease of the apply it was running (its heartbeat
 * could not be kept, so another instance may already have taken the run over) and stopped before its
 * next AWS write (ADR 013). It changed nothing after this.
 *
 * @param instance the instance that lost the lease
 * @param step the position of the step it stopped at, before writing
 */
public record ApplyLeaseLost(int attempt, String instance, int step, String stepKey) implements RecordedEvent {

    public static final String KIND = "APPLY_LEASE_LOST";

    @Override
    public String kind() {
        return KIND;
    }
}
