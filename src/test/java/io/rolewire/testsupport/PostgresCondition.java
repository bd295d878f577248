package io.rolewire.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

final class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return RequiredResourceCondition.evaluate(
                LocalPostgres.configured(), "PostgreSQL (TEST_PG_JDBC_URL; eval \"$(bash scripts/pg-start.sh)\")");
    }
}
