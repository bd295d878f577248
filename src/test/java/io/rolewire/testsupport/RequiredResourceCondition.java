package io.rolewire.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * A test that needs a machine resource (Chromium, PostgreSQL) skips on a developer machine without
 * it, but under {@code CI=true} it runs and fails loudly: CI must never go green by skipping.
 */
final class RequiredResourceCondition {

    private RequiredResourceCondition() {}

    static ConditionEvaluationResult evaluate(boolean available, String missing) {
        if (available) {
            return ConditionEvaluationResult.enabled("available");
        }
        if (runningInCi()) {
            return ConditionEvaluationResult.enabled("CI=true: running without " + missing + " so the test fails");
        }
        return ConditionEvaluationResult.disabled(missing + " is not available here (CI=true would fail instead)");
    }

    static boolean runningInCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
