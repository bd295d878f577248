package io.rolewire.runs.events;

/** A user signed in with a password (form, or HTTP Basic once per cached credential); belongs to no run. */
public record LoginSucceeded(String username, String clientAddress) implements RecordedEvent {

    public static final String KIND = "LOGIN_SUCCEEDED";

    @Override
    public String kind() {
        return KIND;
    }
}
