package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.aws.StubRequest;
import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

/** Start-up recovery, Access Analyzer in the plan, the EC2 workload and emulator-style raw documents. */
class ApplyRecoveryAndAnalyzerTest extends StubbedApplyContext {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationContext context;

    @Test
    void aRunLeftApplyingByAStopIsFailedAsInterruptedAndRetryCompletesIt() {
        Run run = approved(seed003(true));
        // as if the application had stopped right after the transition, before any step
        lifecycle.startApply(run.id(), OPERATOR, run.lifecycle().approvedPlanHash());

        publisher.publishEvent(new ApplicationReadyEvent(
                new org.springframework.boot.SpringApplication(),
                new String[0],
                (org.springframework.context.ConfigurableApplicationContext) context,
                java.time.Duration.ZERO));

        Run failed = runs.find(run.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        applies.retry(run.id(), OPERATOR);
        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
    }

    @Test
    void accessAnalyzerFindingsAreShownBesideOursLabelledByOrigin() {
        stub.analyzerFinding("SECURITY_WARNING", "PASS_ROLE_WITH_STAR_IN_RESOURCE", "Scope it down.");

        Run run = approved(seed003(true));

        LivePlan plan = plans.latest(run.id()).orElseThrow();
        assertThat(plan.findings())
                .filteredOn(f -> f.origin().equals(PlanFinding.ACCESS_ANALYZER))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.label()).isEqualTo("SECURITY_WARNING");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.code()).isEqualTo("PASS_ROLE_WITH_STAR_IN_RESOURCE");
                });
        List<StubRequest> validations = stub.requests("ValidatePolicy");
        assertThat(validations).isNotEmpty();
    }

    @Test
    void anAnalyzerThatIsNotThereIsOneInfoAndNeverBlocks() {
        stub.faults().analyzerUnavailable();

        Run run = approved(seed003(true));

        LivePlan plan = plans.latest(run.id()).orElseThrow();
        assertThat(plan.findings())
                .filteredOn(f -> f.origin().equals(PlanFinding.ACCESS_ANALYZER))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("did not answer");
                });
        assertThat(run.status()).isEqualTo(RunStatus.APPROVED);
    }

    @Test
    void wiresAnEc2InstanceThroughAnInstanceProfile() {
        WiringInput ecs = seed003(true);
        WiringInput ec2 = new WiringInput(
                Workload.EC2_INSTANCE,
                ecs.region(),
                ecs.source(),
                ecs.destination(),
                null,
                new Ec2InstanceOptions("my-instance-profile"));
        Run run = approved(ec2);

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(stub.writes())
                .extracting(StubRequest::operation)
                .contains("CreateInstanceProfile", "AddRoleToInstanceProfile")
                .doesNotContain("RegisterTaskDefinition");
        assertThat(stub.account(SOURCE).instanceProfile("my-instance-profile")).hasValue(List.of(SOURCE_ROLE));
        assertDeployerPoliciesCoverEveryCall(run);
    }

    @Test
    void aPreviewIsPlannedAgainstTheLiveAccountsWithoutStoringAnything() {
        stub.account(DESTINATION)
                .givenRole(
                        DESTINATION_ROLE,
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");
        WiringInput input = seed003(false);

        LivePlan plan = plans.preview(input, new io.rolewire.wiring.Wiring().preview(input), OPERATOR);

        assertThat(plan.runId()).isZero();
        assertThat(plan.complete()).isTrue();
        assertThat(plan.resources())
                .filteredOn(r -> r.key().equals("source.role"))
                .singleElement()
                .satisfies(r -> assertThat(r.change()).isEqualTo(Change.CREATE));
        assertThat(plan.resources())
                .filteredOn(r -> r.key().equals("destination.trust"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.change()).isEqualTo(Change.UPDATE);
                    assertThat(r.diff().changed()).isTrue();
                });
        assertThat(stub.writes()).isEmpty();
        assertThat(plans.latest(0)).isEmpty();
    }

    @Test
    void createsTheExecutionRoleWithItsManagedAndInlinePoliciesBeforeTheTaskDefinition() {
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
        EcsTaskOptions ecs =
                new EcsTaskOptions(FAMILY, "test", "your-test-image", 256, 512, LaunchType.FARGATE, execution, false);
        Run run =
                approved(new WiringInput(seed.workload(), seed.region(), seed.source(), seed.destination(), ecs, null));

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        List<String> sourceWrites = stub.writes().stream()
                .filter(w -> w.account().equals(SOURCE))
                .map(w -> w.operation() + ":" + w.parameter("RoleName"))
                .toList();
        assertThat(sourceWrites)
                .containsSubsequence(
                        "CreateRole:" + SOURCE_ROLE,
                        "CreateRole:ecsTaskExecutionRole",
                        "AttachRolePolicy:ecsTaskExecutionRole",
                        "PutRolePolicy:ecsTaskExecutionRole",
                        "RegisterTaskDefinition:null");
        assertThat(stub.account(SOURCE)
                        .role("ecsTaskExecutionRole")
                        .orElseThrow()
                        .attachedPolicyArns())
                .containsExactly("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        assertThat(stub.account(SOURCE).taskDefinitions(FAMILY).get(0).executionRoleArn())
                .isEqualTo("arn:aws:iam::" + SOURCE + ":role/ecsTaskExecutionRole");
        assertDeployerPoliciesCoverEveryCall(run);
    }

    @Test
    void rawJsonPolicyDocumentsFromAnEmulatorCompareLikeEncodedOnes() {
        Run first = approved(seed003(true));
        applies.apply(first.id(), OPERATOR);
        assertThat(settle(first.id()).status()).isEqualTo(RunStatus.VERIFIED);
        stub.faults().rawPolicyDocuments();

        Run second = approved(seed003(true));

        assertThat(plans.latest(second.id()).orElseThrow().resources())
                .extracting(PlannedResource::change)
                .containsOnly(Change.UNCHANGED);
    }
}
