package io.rolewire.runs.events;

/**
 * The first event of every run: the plan hash and the digest of the run's record exactly as it was
 * stored, so a later change of any stored byte of the run shows against the chain.
 */
public record Created(String planHash, RunRecord record) implements RecordedEvent {

    public static final String KIND = "CREATED";

    @Override
    public String kind() {
        return KIND;
    }
}
