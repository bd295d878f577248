package io.rolewire.runs.events;

/** A user signed in (form, HTTP Basic or token); belongs to no run. */
public record LoginSucceeded(String username, String clientAddress, String method) implements RecordedEvent {

    public static final String KIND = "LOGIN_SUCCEEDED";

    @Override
    public String kind() {
        return KIND;
    }
}
