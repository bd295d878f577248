package io.rolewire.runs.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every stored kind and the record type its detail is read as: the one table of kinds. */
public final class EventKinds {

    private static final Map<String, Class<? extends RecordedEvent>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put(Created.KIND, Created.class);
        TYPES.put(Submitted.KIND, Submitted.class);
        TYPES.put(Approved.KIND, Approved.class);
        TYPES.put(Rejected.KIND, Rejected.class);
        TYPES.put(Cancelled.KIND, Cancelled.class);
        TYPES.put(ApplyStarted.KIND, ApplyStarted.class);
        TYPES.put(RetryStarted.KIND, RetryStarted.class);
        TYPES.put(Applied.KIND, Applied.class);
        TYPES.put(ApplyFailed.KIND, ApplyFailed.class);
        TYPES.put(Verified.KIND, Verified.class);
        TYPES.put(VerificationFailed.KIND, VerificationFailed.class);
        TYPES.put(ReturnedToSubmitted.KIND, ReturnedToSubmitted.class);
        TYPES.put(StepFinished.DONE, StepFinished.class);
        TYPES.put(StepFinished.SKIPPED, StepFinished.class);
        TYPES.put(StepFinished.FAILED, StepFinished.class);
        TYPES.put(StepRetried.KIND, StepRetried.class);
        TYPES.put(ApplyResumed.KIND, ApplyResumed.class);
        TYPES.put(ApplyLeaseLost.KIND, ApplyLeaseLost.class);
        TYPES.put(DriftFound.KIND, DriftFound.class);
        TYPES.put(DriftCleared.KIND, DriftCleared.class);
        TYPES.put(Unwired.KIND, Unwired.class);
        TYPES.put(LivePlanRead.KIND, LivePlanRead.class);
        TYPES.put(VerificationChecked.KIND, VerificationChecked.class);
        TYPES.put(Exported.KIND, Exported.class);
        TYPES.put(LoginSucceeded.KIND, LoginSucceeded.class);
        TYPES.put(LoginRefused.KIND, LoginRefused.class);
    }

    private EventKinds() {}

    public static Optional<Class<? extends RecordedEvent>> typeOf(String kind) {
        return Optional.ofNullable(TYPES.get(kind));
    }

    public static boolean known(String kind) {
        return TYPES.containsKey(kind);
    }
}
