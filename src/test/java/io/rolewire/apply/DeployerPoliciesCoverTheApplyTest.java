package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.aws.StubRequest;
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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every call the apply and its verification make (reads included) is an action the run's rendered
 * deployer policy for that account allows: the policy admins create from the preview is enough. Only
 * the stub records every request; Floci cannot check this because it matches identity policies of
 * IAM, STS and ECS calls against {@code Resource "*"} only.
 */
class DeployerPoliciesCoverTheApplyTest extends StubbedApplyContext {

    static Stream<WiringInput> workloads() {
        WiringInput seed = seed003(true);
        ExecutionRoleOptions execution = new ExecutionRoleOptions(
                true,
                "ecsTaskExecutionRole",
                true,
                null,
                List.of("arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf"),
                null,
                null,
                null,
                null,
                null);
        EcsTaskOptions fargate =
                new EcsTaskOptions(FAMILY, "test", "your-test-image", 256, 512, LaunchType.FARGATE, execution, false);
        return Stream.of(
                seed,
                new WiringInput(seed.workload(), seed.region(), seed.source(), seed.destination(), fargate, null),
                new WiringInput(
                        Workload.EC2_INSTANCE,
                        seed.region(),
                        seed.source(),
                        seed.destination(),
                        null,
                        new Ec2InstanceOptions("my-instance-profile")));
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void theRenderedDeployerPoliciesAllowEveryCall(WiringInput input) {
        Run run = approved(input);

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        Map<String, String> policies = Map.of(
                SOURCE, document(run, DocumentKeys.SOURCE_DEPLOYER_POLICY),
                DESTINATION, document(run, DocumentKeys.DESTINATION_DEPLOYER_POLICY));
        assertThat(stub.writes()).isNotEmpty();
        for (StubRequest request : stub.requests()) {
            String action = request.service() + ":" + request.operation();
            assertThat(policies.get(request.account()))
                    .as("the deployer policy of %s allows %s", request.account(), action)
                    .contains("\"" + action + "\"");
        }
    }

    private static String document(Run run, String key) {
        return run.document(key).orElseThrow().content();
    }
}
