package io.rolewire.runs.events;

/** A sign-in was refused (bad credentials, throttled, disabled); belongs to no run. */
public record LoginRefused(String username, String clientAddress, String method, String reason)
        implements RecordedEvent {

    public static final String KIND = "LOGIN_REFUSED";

    @Override
    public String kind() {
        return KIND;
    }
}
