package io.rolewire.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

final class Hcl2JsonCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return RequiredResourceCondition.evaluate(
                ExternalTool.nodePackageAvailable("@cdktf/hcl2json"), "node and @cdktf/hcl2json (npm ci)");
    }
}
