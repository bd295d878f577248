package io.rolewire.runs.events;

/**
 * An instance took over an apply that another instance had started (ADR 013): the other one's lease
 * expired (it died) or it handed the run over while stopping. The attempt goes on from its recorded
 * steps; steps already done are not run again.
 *
 * @param instance the instance that holds the lease now
 * @param reason {@link #LEASE_EXPIRED} or {@link #HANDED_OVER}
 * @param fromStep the first step position that is not done yet
 * @param takeovers how many times this attempt's lease has expired so far
 */
public record ApplyResumed(int attempt, String instance, String reason, int fromStep, int takeovers)
        implements RecordedEvent {

    public static final String KIND = "APPLY_RESUMED";
    public static final String LEASE_EXPIRED = "LEASE_EXPIRED";
    public static final String HANDED_OVER = "HANDED_OVER";

    @Override
    public String kind() {
        return KIND;
    }
}
