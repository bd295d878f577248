package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.aws.ProxiedCall;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every call the apply and its verification make (reads included), and those of the run that
 * un-wires it, is an action the run's rendered deployer policy for that account allows: the policy admins create from the preview is enough. The
 * proxy in front of Floci records every call; Floci itself cannot check this because it matches
 * identity policies of IAM, STS and ECS calls against {@code Resource "*"} only.
 */
class DeployerPoliciesCoverTheApplyTest extends FlociApplyContext {

    static Stream<Arguments> workloads() {
        Scenario ecsTask = Scenario.of(27);
        Scenario fargate = Scenario.of(28);
        Scenario ec2 = Scenario.of(29);
        WiringInput seed = fargate.seed003(true, true);
        ExecutionRoleOptions execution = new ExecutionRoleOptions(
                true,
                "exec-role-" + SUFFIX,
                true,
                null,
                List.of("arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf"),
                null,
                null,
                null,
                null,
                null);
        EcsTaskOptions fargateTask = new EcsTaskOptions(
                fargate.family(), "test", "your-test-image", 256, 512, LaunchType.FARGATE, execution, false);
        WiringInput ec2Seed = ec2.seed003(true, true);
        return Stream.of(
                Arguments.of(ecsTask, ecsTask.seed003(true, true)),
                Arguments.of(
                        fargate,
                        new WiringInput(
                                seed.workload(), seed.region(), seed.source(), seed.destination(), fargateTask, null)),
                Arguments.of(
                        ec2,
                        new WiringInput(
                                Workload.EC2_INSTANCE,
                                ec2Seed.region(),
                                ec2Seed.source(),
                                ec2Seed.destination(),
                                null,
                                new Ec2InstanceOptions("profile-" + SUFFIX))));
    }

    @Autowired
    Unwires unwires;

    /** The wiring's apply and verification, then its un-wire's live plan, apply and verification (ADR 018). */
    @ParameterizedTest
    @MethodSource("workloads")
    void theRenderedDeployerPoliciesAllowEveryCall(Scenario s, WiringInput input) {
        Run run = approved(input);

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        Run unwire = unwires.start(run.id(), OPERATOR);
        approvals.approve(unwire.id(), ADMIN, plans.refresh(unwire.id(), ADMIN).hash());
        applies.apply(unwire.id(), OPERATOR);
        assertThat(settle(unwire.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(callsOf(s))
                .extracting(ProxiedCall::action)
                .contains("DeleteRole", "DeleteRolePolicy")
                .containsAnyOf("DeregisterTaskDefinition", "DeleteInstanceProfile");
        Map<String, String> policies = Map.of(
                s.source(), document(run, DocumentKeys.SOURCE_DEPLOYER_POLICY),
                s.destination(), document(run, DocumentKeys.DESTINATION_DEPLOYER_POLICY));
        assertThat(writesOf(s)).isNotEmpty();
        assertThat(callsOf(s)).extracting(ProxiedCall::action).contains("GetRole", "SimulatePrincipalPolicy");
        for (ProxiedCall call : callsOf(s)) {
            String action = call.service() + ":" + call.action();
            assertThat(policies.get(call.account()))
                    .as("the deployer policy of %s allows %s", call.account(), action)
                    .contains("\"" + action + "\"");
        }
    }

    private static String document(Run run, String key) {
        return run.document(key).orElseThrow().content();
    }
}
