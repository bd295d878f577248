package io.rolewire.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WizardStateTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void stateSurvivesJsonExactlyAsTyped() {
        WizardState typed = WizardStates.seed003()
                .withDetails(new DetailsForm(
                        new EcsForm(" fam ", "c", "img", "abc", "", "FARGATE", ExecutionRoleForm.defaults(), "true"),
                        null));

        WizardState read = json.readValue(json.writeValueAsString(typed), WizardState.class);

        assertThat(read).isEqualTo(typed);
        assertThat(read.ecs().cpu()).isEqualTo("abc");
    }

    @Test
    void missingPartsOfAnOlderStateGetDefaults() {
        WizardState read = json.readValue("{\"workload\":{\"workload\":\"ECS_TASK\"}}", WizardState.class);

        assertThat(read.source().create()).isEqualTo("false");
        assertThat(read.ecs().executionRole().roleName()).isEqualTo("ecsTaskExecutionRole");
    }

    @Test
    void defaultsAreAnEcsTaskOnEc2WithTheStandardExecutionRoleName() {
        WizardState state = WizardState.defaults("eu-west-1");

        assertThat(state.workload().workload()).isEqualTo("ECS_TASK");
        assertThat(state.workload().region()).isEqualTo("eu-west-1");
        assertThat(state.ecs().launchType()).isEqualTo("EC2");
        assertThat(state.ecs().executionRole().roleName()).isEqualTo("ecsTaskExecutionRole");
        assertThat(state.source().create()).isEqualTo("false");
        assertThat(state.destination().create()).isEqualTo("false");
    }

    @Test
    void toInputTrimsParsesAndSplitsLines() {
        WizardState state = new WizardState(
                new WorkloadForm("ECS_TASK", " us-east-1 "),
                new SourceForm(" 111122223333 ", "my-ECS-task-role", "true"),
                new DestinationForm(
                        "555566667777",
                        "destination-account-role",
                        "true",
                        "arn:aws:iam::aws:policy/ReadOnlyAccess\r\n\n  arn:aws:iam::aws:policy/Other  \n",
                        ""),
                new EcsForm(
                        "fam",
                        "c",
                        "img",
                        "256",
                        " 512 ",
                        "FARGATE",
                        new ExecutionRoleForm("true", "", "true", " ", "a\nb", "", "", "", "vpce-1", ""),
                        "true"),
                new Ec2Form("ignored-for-ecs"));

        WiringInput input = state.toInput();

        assertThat(input.workload()).isEqualTo(Workload.ECS_TASK);
        assertThat(input.region()).isEqualTo("us-east-1");
        assertThat(input.source().accountId()).isEqualTo("111122223333");
        assertThat(input.source().create()).isTrue();
        assertThat(input.destination().managedPolicyArns())
                .containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/Other");
        assertThat(input.ecs().cpu()).isEqualTo(256);
        assertThat(input.ecs().memory()).isEqualTo(512);
        assertThat(input.ecs().launchType()).isEqualTo(LaunchType.FARGATE);
        assertThat(input.ecs().ecsExec()).isTrue();
        ExecutionRoleOptions role = input.ecs().executionRole();
        assertThat(role.enabled()).isTrue();
        assertThat(role.roleName()).isEqualTo("ecsTaskExecutionRole");
        assertThat(role.privateRegistrySecretArn()).isNull();
        assertThat(role.secretArns()).isEqualTo(List.of("a", "b"));
        assertThat(role.ecrVpceId()).isEqualTo("vpce-1");
        assertThat(input.ec2()).isNull();
    }

    @Test
    void onlyTheChosenWorkloadsDetailsReachTheInput() {
        WiringInput input = WizardStates.ec2Instance().toInput();

        assertThat(input.workload()).isEqualTo(Workload.EC2_INSTANCE);
        assertThat(input.ecs()).isNull();
        assertThat(input.ec2().instanceProfileName()).isEqualTo("AssumeRoleInA");
    }

    @Test
    void textThatIsNoNumberIsNoNumber() {
        WizardState state = WizardStates.seed003()
                .withDetails(new DetailsForm(
                        new EcsForm("f", "c", "i", "abc", "12x", "EC2", ExecutionRoleForm.defaults(), "false"), null));

        assertThat(state.toInput().ecs().cpu()).isNull();
        assertThat(state.toInput().ecs().memory()).isNull();
    }

    @Test
    void detailsKeepTheOtherWorkloadsValues() {
        WizardState ec2 = WizardStates.ec2Instance().withDetails(new DetailsForm(null, new Ec2Form("profile-2")));

        assertThat(ec2.ec2().instanceProfileName()).isEqualTo("profile-2");
        assertThat(ec2.ecs()).isEqualTo(WizardStates.ecs());
        assertThat(ec2.details().ecs()).isEqualTo(EcsForm.defaults());
    }
}
