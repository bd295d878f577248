package io.rolewire.runs.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What one event of the record says. Its kind is stored beside it; the rest is its JSON detail. */
public sealed interface RecordedEvent
        permits Created,
                Submitted,
                Approved,
                Rejected,
                Cancelled,
                ApplyStarted,
                RetryStarted,
                Applied,
                ApplyFailed,
                Verified,
                VerificationFailed,
                ReturnedToSubmitted,
                StepFinished,
                StepRetried,
                ApplyResumed,
                ApplyLeaseLost,
                LivePlanRead,
                VerificationChecked,
                Exported,
                LoginSucceeded,
                LoginRefused,
                DriftFound,
                DriftCleared,
                Unwired,
                Unrecognized {

    /** The kind as stored (e.g. {@code CREATED}, {@code STEP_DONE}); see {@link EventKinds}. */
    @JsonIgnore
    String kind();
}
