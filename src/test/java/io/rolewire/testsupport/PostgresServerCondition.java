package io.rolewire.testsupport;

import io.rolewire.testsupport.store.ThrowawayPostgres;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

final class PostgresServerCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return RequiredResourceCondition.evaluate(
                ThrowawayPostgres.available(), "PostgreSQL server binaries (apt-get install postgresql)");
    }
}
