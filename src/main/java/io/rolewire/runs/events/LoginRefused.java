package io.rolewire.runs.events;

/**
 * A sign-in was refused; belongs to no run.
 *
 * @param reason {@code BAD_CREDENTIALS} or {@code THROTTLED}
 */
public record LoginRefused(String username, String clientAddress, String reason) implements RecordedEvent {

    public static final String KIND = "LOGIN_REFUSED";

    @Override
    public String kind() {
        return KIND;
    }
}
