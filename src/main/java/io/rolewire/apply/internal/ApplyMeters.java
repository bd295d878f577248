package io.rolewire.apply.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.rolewire.apply.ApplyStep;
import java.time.Duration;
import java.util.Locale;

/**
 * The apply's meters: {@code rolewire.applies} counts finished apply attempts by outcome, {@code
 * rolewire.apply.step.duration} times each step by the write it stands for ({@code CreateRole},
 * {@code PutRolePolicy}...: seven in all) and its outcome. Not by step key: managed policy steps are
 * numbered, so keys are an open set. Run ids, accounts and role names stay out of the tags: each
 * would start a new series per run.
 */
class ApplyMeters {

    static final String APPLIES = "rolewire.applies";
    static final String STEP_DURATION = "rolewire.apply.step.duration";

    /** How an apply attempt ended. */
    enum Outcome {
        /** Every step done or skipped, and the verification passed. */
        VERIFIED,
        /** Every step done or skipped, but the verification found a difference. */
        VERIFICATION_FAILED,
        /** A step failed (the run is FAILED and can be retried from it). */
        FAILED,
        /** The apply stopped on an unexpected error. */
        ERROR
    }

    static final String DRIFT_FOUND = "rolewire.drift.found";
    static final String DRIFTED_RUNS = "rolewire.drift.runs";

    private final MeterRegistry registry;

    ApplyMeters(MeterRegistry registry) {
        this.registry = registry;
        // every outcome is a series from the start, so a rate over it is defined before the first apply
        for (Outcome outcome : Outcome.values()) {
            registry.counter(APPLIES, "outcome", tag(outcome));
        }
        registry.counter(DRIFT_FOUND);
    }

    /** How many wired runs have drifted now: read from the watch's table at each scrape. */
    void driftedRuns(JdbcDriftChecks checks) {
        io.micrometer.core.instrument.Gauge.builder(DRIFTED_RUNS, checks, JdbcDriftChecks::countDrifted)
                .description("Wired runs whose resources are no longer as the run left them")
                .register(registry);
    }

    /** Drift newly seen (or changed) on a wired run; the runs drifted now are a gauge of the watch. */
    void driftFound() {
        registry.counter(DRIFT_FOUND).increment();
    }

    void applyEnded(Outcome outcome) {
        registry.counter(APPLIES, "outcome", tag(outcome)).increment();
    }

    void stepFinished(ApplyStep step, Duration took) {
        Timer.builder(STEP_DURATION)
                .description("How long one apply step took, retries and backoffs included")
                .tag("step", step.action())
                .tag("outcome", tag(step.outcome()))
                .register(registry)
                .record(took);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
