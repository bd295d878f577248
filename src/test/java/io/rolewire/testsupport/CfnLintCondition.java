package io.rolewire.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

final class CfnLintCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return RequiredResourceCondition.evaluate(
                CfnLint.available(), "cfn-lint (AWS's CloudFormation linter, pip cfn-lint)");
    }
}
