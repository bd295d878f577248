package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of the workload parts: the ECS task, its execution role, the EC2 instance profile. */
class WorkloadValidationTest {

    private final Wiring wiring = new Wiring();

    private List<Violation> violationsOf(WiringInputs inputs) {
        return wiring.validate(inputs.build());
    }

    @Test
    void ecsTaskWithoutEcsOptionsNamesEveryRequiredTaskField() {
        assertThat(violationsOf(WiringInputs.seed003().ecs(null)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple("ecs.family", "wiring.required"),
                        tuple("ecs.containerName", "wiring.required"),
                        tuple("ecs.image", "wiring.required"),
                        tuple("ecs.memory", "wiring.required"));
    }

    @Test
    void ec2InstanceWithoutEc2OptionsNeedsAnInstanceProfileName() {
        assertThat(violationsOf(WiringInputs.seed002().ec2(null)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("ec2.instanceProfileName", "wiring.required"));
    }

    @Test
    void ec2InstanceIgnoresEcsOptions() {
        EcsTaskOptions broken = new EcsTaskOptions("bad family!", null, "UPPER", -1, null, null, null, false);

        assertThat(violationsOf(WiringInputs.seed002().ecs(broken))).isEmpty();
    }

    @Test
    void taskFamilyAndContainerNameAllowOnlyLettersDigitsHyphensAndUnderscores() {
        assertThat(violationsOf(WiringInputs.seed003().task("family.v2", "my container", "your-test-image")))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple("ecs.family", "wiring.family.format"),
                        tuple("ecs.containerName", "wiring.containerName.format"));
    }

    @Test
    void taskFamilyOf255CharactersIsTheLongestAccepted() {
        assertThat(violationsOf(WiringInputs.seed003().task("f".repeat(255), "test", "your-test-image")))
                .isEmpty();
        assertThat(violationsOf(WiringInputs.seed003().task("f".repeat(256), "test", "your-test-image")))
                .extracting(Violation::field)
                .containsExactly("ecs.family");
    }

    @Test
    void executionRoleNameFollowsTheRoleNameRule() {
        WiringInputs inputs = WiringInputs.seed003()
                .executionRole(
                        ExecutionRoleInputs.created().roleName("exec role").build());

        assertThat(violationsOf(inputs))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("ecs.executionRole.roleName", "wiring.roleName.format"));
    }

    @Test
    void executionRoleCannotBeTheTaskRoleWhenRolewireCreatesOne() {
        WiringInputs inputs = WiringInputs.seed003()
                .executionRole(ExecutionRoleInputs.created()
                        .roleName(WiringInputs.SOURCE_ROLE)
                        .build());

        assertThat(violationsOf(inputs))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("ecs.executionRole.roleName", "wiring.executionRole.sameAsTaskRole"));
    }

    @Test
    void executionRoleOptionsMustBeArnsOfTheRightService() {
        String secret = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf";
        ExecutionRoleOptions swapped = ExecutionRoleInputs.created()
                .privateRegistry("arn:aws:kms:us-east-1:111122223333:key/1234abcd")
                .secrets("arn:aws:ssm:us-east-1:111122223333:parameter/db")
                .ssmParameters(secret)
                .kmsKey(secret)
                .s3EnvFiles("arn:aws:s3:::bucket-without-key")
                .ecrEndpoint("vpc-0a1b", "vpce-0a1b")
                .build();

        assertThat(violationsOf(WiringInputs.seed003().executionRole(swapped)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple("ecs.executionRole.privateRegistrySecretArn", "wiring.arn.format"),
                        tuple("ecs.executionRole.secretArns", "wiring.arn.format"),
                        tuple("ecs.executionRole.ssmParameterArns", "wiring.arn.format"),
                        tuple("ecs.executionRole.kmsKeyArn", "wiring.arn.format"),
                        tuple("ecs.executionRole.s3EnvFileArns", "wiring.arn.format"),
                        tuple("ecs.executionRole.ecrVpceId", "wiring.vpceId.format"),
                        tuple("ecs.executionRole.ecrVpcId", "wiring.vpcId.format"));
    }

    @Test
    void executionRoleArnsInAnotherPartitionAreRejected() {
        ExecutionRoleOptions govSecret = ExecutionRoleInputs.created()
                .secrets("arn:aws-us-gov:secretsmanager:us-gov-west-1:111122223333:secret:db")
                .build();

        assertThat(violationsOf(WiringInputs.seed003().executionRole(govSecret)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("ecs.executionRole.secretArns", "wiring.arn.partition"));
    }

    @Test
    void disabledExecutionRoleIsNotValidated() {
        ExecutionRoleOptions disabled =
                new ExecutionRoleOptions(false, "bad name!", true, "not-an-arn", null, null, null, null, "x", "y");

        assertThat(violationsOf(WiringInputs.seed003().executionRole(disabled))).isEmpty();
    }

    @Test
    void instanceProfileNameFollowsTheRoleNameCharactersUpTo128() {
        assertThat(violationsOf(WiringInputs.seed002().ec2(new Ec2InstanceOptions("p".repeat(128)))))
                .isEmpty();
        assertThat(violationsOf(WiringInputs.seed002().ec2(new Ec2InstanceOptions("ec2 profile"))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("ec2.instanceProfileName", "wiring.instanceProfileName.format"));
    }
}
