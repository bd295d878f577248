package io.rolewire.runs.events;

/**
 * A sign-in was refused; belongs to no run.
 *
 * @param reason {@code BAD_CREDENTIALS} or {@code THROTTLED} (passwords); {@code NO_MAPPED_ROLE},
 *     {@code INVALID_ID_TOKEN} or {@code SSO_FAILED} (single sign-on)
 */
public record LoginRefused(String username, String clientAddress, String reason) implements RecordedEvent {

    public static final String KIND = "LOGIN_REFUSED";

    @Override
    public String kind() {
        return KIND;
    }
}
