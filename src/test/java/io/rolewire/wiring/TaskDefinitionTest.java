package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaskDefinitionTest {

    private final Wiring wiring = new Wiring();

    private JsonNode taskDefinition(WiringInputs inputs) {
        Preview preview = wiring.preview(inputs.build());
        assertThat(preview.violations()).isEmpty();
        return GoldenJson.parse(
                preview.document(DocumentKeys.TASK_DEFINITION).orElseThrow().content());
    }

    @Test
    void fargateSizesTheTaskWithStringsAndLeavesTheContainerUnsized() {
        JsonNode task = taskDefinition(WiringInputs.seed003().sizes(LaunchType.FARGATE, 256, 512));

        assertThat(task.get("requiresCompatibilities").values())
                .extracting(JsonNode::stringValue)
                .containsExactly("FARGATE");
        assertThat(task.get("networkMode").stringValue()).isEqualTo("awsvpc");
        assertThat(task.get("cpu").isString()).isTrue();
        assertThat(task.get("cpu").stringValue()).isEqualTo("256");
        assertThat(task.get("memory").stringValue()).isEqualTo("512");
        JsonNode container = task.get("containerDefinitions").get(0);
        assertThat(container.has("cpu")).isFalse();
        assertThat(container.has("memory")).isFalse();
        assertThat(container.get("essential").booleanValue()).isTrue();
    }

    @Test
    void ec2LaunchTypeWithoutCpuLeavesCpuOutOfTheContainer() {
        JsonNode container = taskDefinition(WiringInputs.seed003().sizes(LaunchType.EC2, null, 512))
                .get("containerDefinitions")
                .get(0);

        assertThat(container.has("cpu")).isFalse();
        assertThat(container.get("memory").intValue()).isEqualTo(512);
    }

    @Test
    void withoutExecutionRoleThereIsNoExecutionRoleArn() {
        assertThat(taskDefinition(WiringInputs.seed003()).has("executionRoleArn"))
                .isFalse();
    }

    @Test
    void prettyJsonIsTwoSpaceIndentedWithFamilyFirst() {
        Preview preview = wiring.preview(WiringInputs.seed003().build());

        assertThat(preview.document(DocumentKeys.TASK_DEFINITION).orElseThrow().content())
                .startsWith("{\n  \"family\": \"verify-assume-cross-account-role\",\n  \"taskRoleArn\": ");
    }
}
