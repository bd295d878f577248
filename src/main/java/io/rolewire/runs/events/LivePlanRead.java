package io.rolewire.runs.events;

import java.util.Map;

/**
 * The live state of both accounts was read and planned against.
 *
 * @param accounts per account id, how it was reached (or why it could not be)
 */
public record LivePlanRead(String planHash, Map<String, String> accounts) implements RecordedEvent {

    public static final String KIND = "LIVE_PLAN_READ";

    public LivePlanRead {
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
