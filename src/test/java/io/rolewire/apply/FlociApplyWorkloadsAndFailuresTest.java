package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.sts.model.StsException;

/** The execution role (seed 001), the EC2 instance profile (seed 002), drift and a deployer that may not write. */
class FlociApplyWorkloadsAndFailuresTest extends FlociApplyContext {

    private static final String EXECUTION_ROLE = "exec-role-" + SUFFIX;

    @Test
    void createsTheExecutionRoleWithItsSeed001OptionsBeforeTheTaskDefinition() {
        Scenario s = Scenario.of(4);
        WiringInput seed = s.seed003(true, true);
        ExecutionRoleOptions execution = new ExecutionRoleOptions(
                true,
                EXECUTION_ROLE,
                true,
                null,
                List.of("arn:aws:secretsmanager:us-east-1:" + s.source() + ":secret:db-AbCdEf"),
                List.of("arn:aws:ssm:us-east-1:" + s.source() + ":parameter/parameter_name"),
                null,
                null,
                null,
                null);
        EcsTaskOptions ecs = new EcsTaskOptions(
                s.family(), "test", "your-test-image", 256, 512, LaunchType.FARGATE, execution, false);

        Run run = appliedAndSettled(
                new WiringInput(seed.workload(), seed.region(), seed.source(), seed.destination(), ecs, null));

        assertThat(run.status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(applies.progress(run.id()).steps())
                .extracting(ApplyStep::key)
                .containsSubsequence("source.role", "execution.role", "execution.policy", "task.definition");
        try (IamClient iam = FlociAccount.root(s.source()).iam();
                EcsClient ecsClient = FlociAccount.root(s.source()).ecs()) {
            Role role = iam.getRole(r -> r.roleName(EXECUTION_ROLE)).role();
            assertThat(role.assumeRolePolicyDocument()).contains("ecs-tasks.amazonaws.com");
            assertThat(iam.listAttachedRolePolicies(r -> r.roleName(EXECUTION_ROLE))
                            .attachedPolicies())
                    .extracting(AttachedPolicy::policyArn)
                    .containsExactly("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
            String inline = iam.listRolePolicies(r -> r.roleName(EXECUTION_ROLE))
                    .policyNames()
                    .get(0);
            assertThat(iam.getRolePolicy(r -> r.roleName(EXECUTION_ROLE).policyName(inline))
                            .policyDocument())
                    .contains("secretsmanager:GetSecretValue", "ssm:GetParameters", "db-AbCdEf");
            assertThat(ecsClient
                            .describeTaskDefinition(r -> r.taskDefinition(s.family()))
                            .taskDefinition()
                            .executionRoleArn())
                    .isEqualTo(role.arn());
        }
    }

    @Test
    void wiresAnEc2InstanceThroughAnInstanceProfile() {
        Scenario s = Scenario.of(5);
        WiringInput ecs = s.seed003(true, true);
        String profile = "profile-" + SUFFIX;

        Run run = appliedAndSettled(new WiringInput(
                Workload.EC2_INSTANCE,
                ecs.region(),
                ecs.source(),
                ecs.destination(),
                null,
                new Ec2InstanceOptions(profile)));

        assertThat(run.status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(applies.progress(run.id()).steps())
                .extracting(ApplyStep::action)
                .contains("CreateInstanceProfile", "AddRoleToInstanceProfile")
                .doesNotContain("RegisterTaskDefinition");
        try (IamClient iam = FlociAccount.root(s.source()).iam()) {
            Role role = iam.getRole(r -> r.roleName(s.sourceRole())).role();
            assertThat(role.assumeRolePolicyDocument()).contains("ec2.amazonaws.com");
            assertThat(iam.getInstanceProfile(r -> r.instanceProfileName(profile))
                            .instanceProfile()
                            .roles())
                    .extracting(Role::roleName)
                    .containsExactly(s.sourceRole());
        }
        assertThat(LiveHop.identityAfterHop(s)).isEqualTo(s.destination());
    }

    @Test
    void aTrustChangedByHandIsFoundByReverify() {
        Scenario s = Scenario.of(7);
        Run run = appliedAndSettled(s.seed003(true, true));
        assertThat(run.status()).isEqualTo(RunStatus.VERIFIED);
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            destination.updateAssumeRolePolicy(r -> r.roleName(s.destinationRole())
                    .policyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[" + FlociApplyScenariosTest.KEEP_ME + "]}"));
        }

        Run drifted = applies.reverify(run.id(), ADMIN);

        assertThat(drifted.status()).isEqualTo(RunStatus.VERIFICATION_FAILED);
        assertThat(applies.progress(run.id()).verification().orElseThrow().checks())
                .filteredOn(c -> !c.passed())
                .extracting(VerificationCheck::name)
                .containsExactly(VerificationCheck.TRUST);
        // and Floci agrees: the source role can no longer reach the destination
        assertThatThrownBy(() -> LiveHop.identityAfterHop(s))
                .isInstanceOfSatisfying(
                        StsException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }

    @Test
    void aDeployerThatMayNotWriteFailsTheFirstStepWithAccessDeniedAndItsRequestId() {
        Scenario s = Scenario.withSource(LIMITED, 8);
        givenTheLimitedDeployerRole();
        Run run = approved(s.seed003(true, true));

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.FAILED);
        ApplyStep failed = applies.progress(run.id()).failedStep().orElseThrow();
        assertThat(failed.key()).isEqualTo("source.role");
        assertThat(failed.action()).isEqualTo("CreateRole");
        assertThat(failed.outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(failed.errorCode()).isEqualTo("AccessDenied");
        assertThat(failed.requestId()).isNotBlank();
        assertThat(failed.message()).contains("deployer role lacks this permission", failed.requestId());
        assertThat(step(run.id(), "task.definition").outcome()).isEqualTo(StepOutcome.NOT_RUN);
        try (IamClient iam = FlociAccount.root(LIMITED).iam()) {
            assertThatThrownBy(() -> iam.getRole(r -> r.roleName(s.sourceRole())))
                    .isInstanceOf(NoSuchEntityException.class);
        }
    }

    /** In {@link #LIMITED}, the deployer role Rolewire assumes: it may read IAM but not create a role. */
    private static void givenTheLimitedDeployerRole() {
        try (IamClient iam = FlociAccount.root(LIMITED).iam()) {
            iam.createRole(r -> r.roleName(LIMITED_DEPLOYER)
                    .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + LIMITED + ":root\"},"
                            + "\"Action\":\"sts:AssumeRole\"}]}"));
            iam.putRolePolicy(r -> r.roleName(LIMITED_DEPLOYER)
                    .policyName("read-only")
                    .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                            + "[\"iam:Get*\",\"iam:List*\",\"iam:SimulatePrincipalPolicy\",\"sts:GetCallerIdentity\","
                            + "\"ecs:Describe*\",\"ecs:List*\"],\"Resource\":\"*\"}]}"));
        }
    }
}
