package io.rolewire.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

final class FlociCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return RequiredResourceCondition.evaluate(
                LocalFloci.configured(),
                "Floci (ROLEWIRE_TEST_FLOCI_URL; eval \"$(bash ../shared/floci/start.sh 4566)\" sets FLOCI_URL)");
    }
}
