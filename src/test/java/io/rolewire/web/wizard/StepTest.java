package io.rolewire.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepTest {

    @ParameterizedTest
    @CsvSource({
        "workload, WORKLOAD, workload",
        "region, WORKLOAD, region",
        "source.accountId, SOURCE, accountId",
        "source.roleName, SOURCE, roleName",
        "destination.roleName, DESTINATION, roleName",
        "destination.managedPolicyArns[2], DESTINATION, managedPolicyArns",
        "ecs.memory, DETAILS, ecs.memory",
        "ecs.executionRole.secretArns[0], DETAILS, ecs.executionRole.secretArns",
        "ec2.instanceProfileName, DETAILS, ec2.instanceProfileName"
    })
    void aViolationPathBelongsToTheStepThatShowsTheField(String path, Step step, String field) {
        assertThat(Step.owning(path)).isEqualTo(step);
        assertThat(step.formField(path)).isEqualTo(field);
    }

    @Test
    void violationsOfNoKnownFieldAreShownOnTheLastInputStep() {
        assertThat(Step.owning(null)).isEqualTo(Step.DETAILS);
        assertThat(Step.owning("")).isEqualTo(Step.DETAILS);
        assertThat(Step.owning("something.else")).isEqualTo(Step.DETAILS);
    }

    @Test
    void stepsGoForwardAndBackInOrder() {
        assertThat(Step.WORKLOAD.next()).isEqualTo(Step.SOURCE);
        assertThat(Step.DETAILS.next()).isEqualTo(Step.PREVIEW);
        assertThat(Step.SOURCE.previous()).isEqualTo(Step.WORKLOAD);
        assertThat(Step.PREVIEW.previous()).isEqualTo(Step.DETAILS);
        assertThat(Step.DESTINATION.view()).isEqualTo("wizard/destination");
    }
}
