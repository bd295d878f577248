package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.StepOutcome;
import io.rolewire.apply.Verification;
import io.rolewire.apply.VerificationCheck;
import io.rolewire.runs.Lifecycle;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.Seed003;
import io.rolewire.testsupport.aws.InMemoryAccounts;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.RoleArn;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Unwiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Un-wire as plain classes over in-memory accounts (ADR 018): the removal plan, the steps in their
 * graph, and the inverted verification.
 */
class UnwireRunnerTest {

    private static final String SOURCE_ARN = "arn:aws:iam::111122223333:role/my-ECS-task-role";
    private static final String DESTINATION_ARN = "arn:aws:iam::555566667777:role/" + Seed003.DESTINATION_ROLE;

    private final ApplyFakes fakes = new ApplyFakes();
    private Optional<Long> otherWiring = Optional.empty();
    private Optional<Long> otherWiringOfPair = Optional.empty();
    private final RoleUses uses = new RoleUses() {
        @Override
        public Optional<Long> otherWiring(RoleArn role, long undoneRunId) {
            if (otherWiringOfPair.isPresent()) {
                return otherWiringOfPair; // a wiring of the same pair uses both roles
            }
            return role.toString().equals(DESTINATION_ARN) ? otherWiring : Optional.empty();
        }

        @Override
        public Optional<Long> otherWiringOfPair(RoleArn source, RoleArn destination, long undoneRunId) {
            return otherWiringOfPair;
        }
    };

    @AfterEach
    void close() {
        fakes.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aWiringFromNothingIsRemovedWholeAndTheRemovalIsProven(boolean parallel) {
        Run wiring = applied(7, PlainApplyInputs.seed003(true));
        Run unwire = unwireOf(8, wiring);

        LivePlan plan = planner().plan(unwire, ApplyFakes.CLOCK.instant());
        assertThat(changes(plan))
                .containsEntry("source.policy", Change.DELETE)
                .containsEntry("task.definition", Change.DELETE)
                .containsEntry("source.role", Change.DELETE)
                .containsEntry("destination.role", Change.DELETE)
                .containsEntry("destination.trust", Change.UNCHANGED); // goes with its role

        assertThat(applyAll(unwire, parallel)).isEqualTo(ApplyRunner.Ending.DONE);

        InMemoryAccounts.Account source = fakes.aws.account(ApplyFakes.SOURCE);
        assertThat(source.hasRole(Seed003.SOURCE_ROLE)).isFalse();
        assertThat(fakes.aws.account(ApplyFakes.DESTINATION).hasRole(Seed003.DESTINATION_ROLE))
                .isFalse();
        assertThat(source.inactive(Unwiring.of(unwire.documents()).orElseThrow().taskDefinitionRevision()))
                .isTrue();
        Verification verification = verifier().verify(unwire, "operator");
        assertThat(verification.checks())
                .allSatisfy(c -> assertThat(c.passed()).as(c.evidence()).isTrue());
        assertThat(verification.verified()).isTrue();
    }

    @Test
    void removalsWaitForWhatIamRefusesToDeleteARoleWith() {
        Run unwire = unwireOf(8, applied(7, PlainApplyInputs.seed003(true)));
        List<ResourceSpec> specs = ResourceSpecs.of(unwire);
        List<String> keys = specs.stream().map(ResourceSpec::key).toList();
        var waits = StepGraph.dependencies(specs);

        assertThat(waits.get(keys.indexOf("source.role")))
                .contains(keys.indexOf("source.policy"), keys.indexOf("destination.trust"));
        assertThat(waits.get(keys.indexOf("destination.role"))).contains(keys.indexOf("destination.trust"));
        assertThat(waits.get(keys.indexOf("source.policy"))).isEmpty();
    }

    @Test
    void aSharedDestinationRoleIsKeptAndOnlyOurStatementLeavesItsTrust() {
        Run first = applied(7, PlainApplyInputs.seed003(true));
        Run second = applied(9, secondWiring());
        otherWiring = Optional.of(second.id());
        Run unwire = unwireOf(10, first);

        LivePlan plan = planner().plan(unwire, ApplyFakes.CLOCK.instant());
        assertThat(changes(plan))
                .containsEntry("destination.role", Change.UNCHANGED)
                .containsEntry("destination.trust", Change.DELETE);
        PlannedResource kept = resource(plan, "destination.role");
        assertThat(kept.noteCode()).isEqualTo("apply.note.unwire.roleKept");
        assertThat(plan.findings()).anyMatch(f -> RemovalDecisions.ROLE_KEPT.equals(f.code()));

        assertThat(applyAll(unwire, true)).isEqualTo(ApplyRunner.Ending.DONE);

        String trust = fakes.aws
                .account(ApplyFakes.DESTINATION)
                .trustOf(Seed003.DESTINATION_ROLE)
                .orElseThrow();
        assertThat(trust).doesNotContain(SOURCE_ARN).contains("other-task-role");
        assertThat(verifier().verify(unwire, "operator").verified()).isTrue();
        assertThat(verifier().verify(second, "operator").verified())
                .as("the other wiring still verifies")
                .isTrue();
    }

    @Test
    void anotherWiringOfTheSamePairKeepsTheStatementThePolicyAndTheRoles() {
        Run first = applied(7, PlainApplyInputs.seed003(true));
        otherWiringOfPair = Optional.of(9L); // wired again later: its steps found everything in place
        Run unwire = unwireOf(10, first);
        InMemoryAccounts.Account source = fakes.aws.account(ApplyFakes.SOURCE);
        String trustBefore = fakes.aws
                .account(ApplyFakes.DESTINATION)
                .trustOf(Seed003.DESTINATION_ROLE)
                .orElseThrow();

        LivePlan plan = planner().plan(unwire, ApplyFakes.CLOCK.instant());
        assertThat(changes(plan))
                .containsEntry("destination.trust", Change.UNCHANGED)
                .containsEntry("source.policy", Change.UNCHANGED)
                .containsEntry("source.role", Change.UNCHANGED)
                .containsEntry("destination.role", Change.UNCHANGED);
        assertThat(resource(plan, "destination.trust").noteCode()).isEqualTo("apply.note.unwire.pairKept");
        assertThat(plan.findings()).anyMatch(f -> RemovalDecisions.PAIR_KEPT.equals(f.code()));

        assertThat(applyAll(unwire, true)).isEqualTo(ApplyRunner.Ending.DONE);

        assertThat(fakes.aws
                        .account(ApplyFakes.DESTINATION)
                        .trustOf(Seed003.DESTINATION_ROLE)
                        .orElseThrow())
                .isEqualTo(trustBefore);
        assertThat(source.inlinePolicies(Seed003.SOURCE_ROLE)).isNotEmpty();
    }

    @Test
    void anInlinePolicyEditedByHandIsDeletedAndTheApproverIsTold() {
        Run wiring = applied(7, PlainApplyInputs.seed003(true));
        InMemoryAccounts.Account source = fakes.aws.account(ApplyFakes.SOURCE);
        String policyName =
                source.inlinePolicies(Seed003.SOURCE_ROLE).keySet().iterator().next();
        source.putRolePolicy(Seed003.SOURCE_ROLE, policyName, "{\"Version\":\"2012-10-17\",\"Statement\":[]}");

        LivePlan plan = planner().plan(unwireOf(8, wiring), ApplyFakes.CLOCK.instant());

        assertThat(changes(plan)).containsEntry("source.policy", Change.DELETE);
        assertThat(resource(plan, "source.policy").noteCode()).isEqualTo("apply.note.unwire.policyEdited");
        assertThat(plan.findings()).anyMatch(f -> RemovalDecisions.POLICY_EDITED.equals(f.code()));
    }

    @Test
    void aStatementRemovedByHandIsSaidAndNothingIsWrittenToTheTrust() {
        Run wiring = applied(7, PlainApplyInputs.seed003(true));
        applied(9, secondWiring());
        otherWiring = Optional.of(9L);
        InMemoryAccounts.Account destination = fakes.aws.account(ApplyFakes.DESTINATION);
        String others = destination.trustOf(Seed003.DESTINATION_ROLE).orElseThrow();
        String withoutOurs = new io.rolewire.wiring.Wiring()
                .removeDestinationStatement(others, wiring.input(), null)
                .document();
        destination.updateAssumeRolePolicy(Seed003.DESTINATION_ROLE, withoutOurs);

        LivePlan plan = planner().plan(unwireOf(10, wiring), ApplyFakes.CLOCK.instant());

        assertThat(changes(plan)).containsEntry("destination.trust", Change.UNCHANGED);
        assertThat(resource(plan, "destination.trust").noteCode()).isEqualTo("apply.note.unwire.statementAbsent");
        assertThat(plan.findings()).anyMatch(f -> RemovalDecisions.STATEMENT_ABSENT.equals(f.code()));
    }

    @Test
    void whileTheSourceRoleMayStillAssumeTheVerificationFails() {
        Run wiring = applied(7, PlainApplyInputs.seed003(true));
        Run unwire = unwireOf(8, wiring);

        Verification verification = verifier().verify(unwire, "operator");

        assertThat(verification.verified()).isFalse();
        assertThat(verification.checks())
                .filteredOn(c -> c.name().equals(VerificationCheck.IDENTITY))
                .allMatch(c -> !c.passed());
    }

    private Run applied(long id, WiringInput input) {
        Run run = fakes.run(id, input);
        fakes.runner(true).plan(run, 1);
        assertThat(fakes.runner(true).run(run, "operator", ApplyFakes.held()).ending())
                .isEqualTo(ApplyRunner.Ending.DONE);
        return run;
    }

    /** What UnwireService stores: the wiring's documents and what its DONE steps created. */
    private Run unwireOf(long id, Run wiring) {
        List<ApplyStep> steps = fakes.steps.latestSteps(wiring.id());
        List<String> created = steps.stream()
                .filter(s -> s.outcome() == StepOutcome.DONE && s.key().endsWith(".role"))
                .filter(s -> s.key().equals("source.role") || s.key().equals("destination.role"))
                .map(ApplyStep::target)
                .toList();
        String revision = steps.stream()
                .filter(s -> s.outcome() == StepOutcome.DONE && s.key().equals("task.definition"))
                .map(ApplyStep::target)
                .findFirst()
                .orElse(null);
        Unwiring unwiring = new Unwiring(wiring.id(), created, false, false, revision);
        List<Document> documents = new ArrayList<>(wiring.documents());
        documents.add(unwiring.toDocument());
        return new Run(
                id,
                RunStatus.APPLYING,
                wiring.input(),
                documents,
                List.of(),
                "unwire-" + wiring.planHash(),
                "operator",
                ApplyFakes.CLOCK.instant(),
                Lifecycle.NONE,
                0,
                wiring.id());
    }

    private ApplyRunner.Ending applyAll(Run run, boolean parallel) {
        StepExecutor executor = new StepExecutor(
                new Decisions(fakes.wiring, uses),
                fakes.trustLocks,
                fakes.steps,
                new StepEvents(fakes.events),
                fakes.properties,
                fakes.text,
                new ApplyMeters(new SimpleMeterRegistry()),
                ApplyFakes.CLOCK);
        ApplyRunner runner =
                new ApplyRunner(fakes.aws, executor, fakes.steps, fakes.pool, parallel, fakes.text, ApplyFakes.CLOCK);
        runner.plan(run, 1);
        return runner.run(run, "operator", ApplyFakes.held()).ending();
    }

    private LivePlanner planner() {
        return new LivePlanner(fakes.aws, fakes.wiring, uses, fakes.text, fakes.pool);
    }

    private Verifier verifier() {
        return new Verifier(fakes.aws, uses, fakes.text, fakes.pool, ApplyFakes.CLOCK);
    }

    private static WiringInput secondWiring() {
        return new WiringInput(
                Workload.ECS_TASK,
                "eu-west-1",
                new SourceRole(ApplyFakes.SOURCE, "other-task-role", true),
                new DestinationRole(ApplyFakes.DESTINATION, Seed003.DESTINATION_ROLE, false, List.of()),
                new EcsTaskOptions("other-family", "test", "your-test-image", 100, 200, LaunchType.EC2, null, false),
                null);
    }

    private static Map<String, Change> changes(LivePlan plan) {
        return plan.resources().stream().collect(Collectors.toMap(PlannedResource::key, PlannedResource::change));
    }

    private static PlannedResource resource(LivePlan plan, String key) {
        return plan.resources().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
