package io.rolewire.runs.events;

import java.util.List;

/** A verification of the run's wiring, with each check's evidence and AWS request id. */
public record VerificationChecked(boolean verified, List<Check> checks) implements RecordedEvent {

    public static final String KIND = "VERIFICATION_CHECKED";

    public VerificationChecked {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    @Override
    public String kind() {
        return KIND;
    }

    public record Check(String name, boolean passed, String evidence, String requestId) {}
}
