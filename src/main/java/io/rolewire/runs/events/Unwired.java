package io.rolewire.runs.events;

/**
 * Recorded on a wiring run when the run that un-wires it was VERIFIED: from then on the wiring is no
 * longer in force (drift watch, orphan sweep and "where is this role wired?" skip it).
 *
 * @param unwireRunId the UNWIRE run that removed it
 */
public record Unwired(long unwireRunId) implements RecordedEvent {

    public static final String KIND = "UNWIRED";

    @Override
    public String kind() {
        return KIND;
    }
}
