package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.runs.Run;
import io.rolewire.testsupport.aws.InMemoryAccounts;
import io.rolewire.wiring.WiringInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A whole attempt as a plain class: the steps in their graph, over in-memory accounts. */
class ApplyRunnerTest {

    private final ApplyFakes fakes = new ApplyFakes();

    @AfterEach
    void close() {
        fakes.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyResourceIsWrittenOnceAndARerunWritesNothing(boolean parallel) {
        for (WiringInput input :
                List.of(PlainApplyInputs.seed003(true), PlainApplyInputs.withExecutionRole(), PlainApplyInputs.ec2())) {
            try (ApplyFakes fresh = new ApplyFakes()) {
                Run run = fresh.run(7, input);
                fresh.runner(parallel).plan(run, 1);

                assertThat(fresh.runner(parallel)
                                .run(run, "operator", ApplyFakes.held())
                                .ending())
                        .isEqualTo(ApplyRunner.Ending.DONE);
                assertThat(fresh.steps.latestSteps(7))
                        .allSatisfy(
                                s -> assertThat(s.outcome()).as(s.key()).isIn(StepOutcome.DONE, StepOutcome.SKIPPED));
                Map<InMemoryAccounts.Call, Long> writes = writes(fresh);
                assertThat(writes)
                        .isNotEmpty()
                        .allSatisfy((call, times) ->
                                assertThat(times).as(call.toString()).isOne());

                fresh.runner(parallel).plan(run, 2);
                assertThat(fresh.runner(parallel)
                                .run(run, "operator", ApplyFakes.held())
                                .ending())
                        .isEqualTo(ApplyRunner.Ending.DONE);
                assertThat(fresh.steps.latestSteps(7)).allMatch(s -> s.outcome() == StepOutcome.SKIPPED);
                assertThat(writes(fresh)).isEqualTo(writes);
            }
        }
    }

    @Test
    void aFailedStepStopsWhatWaitsForItAndNothingElse() {
        Run run = fakes.run(7, PlainApplyInputs.withExecutionRole());
        fakes.runner(true).plan(run, 1);
        fakes.aws.fail("PutRolePolicy", "AccessDenied", 1, false); // the first inline policy: source.policy

        ApplyRunner.Result result = fakes.runner(true).run(run, "operator", ApplyFakes.held());

        assertThat(result.ending()).isEqualTo(ApplyRunner.Ending.FAILED);
        assertThat(outcomes()).containsEntry("source.role", StepOutcome.DONE);
        assertThat(outcomes().values()).doesNotContain(StepOutcome.PENDING, StepOutcome.RUNNING);
        assertThat(outcomes().values()).containsOnlyOnce(StepOutcome.FAILED);
        assertThat(fakes.aws.calls("RegisterTaskDefinition")).hasSize(1);
    }

    @Test
    void aSourceRoleThatCannotBeCreatedLeavesEverythingThatNamesItNotRun() {
        Run run = fakes.run(7, PlainApplyInputs.withExecutionRole());
        fakes.runner(true).plan(run, 1);
        fakes.aws.fail("CreateRole", "AccessDenied", 1, false);

        ApplyRunner.Result result = fakes.runner(false).run(run, "operator", ApplyFakes.held());

        assertThat(result.ending()).isEqualTo(ApplyRunner.Ending.FAILED);
        assertThat(result.failed().orElseThrow().key()).isEqualTo("source.role");
        Map<String, StepOutcome> outcomes = outcomes();
        List.of("source.policy", "task.definition", "destination.role", "destination.trust")
                .forEach(key -> assertThat(outcomes).containsEntry(key, StepOutcome.NOT_RUN));
        assertThat(outcomes).containsEntry("execution.role", StepOutcome.DONE);
        assertThat(fakes.aws.calls("CreateRole")).hasSize(2); // the source role (refused) and the execution role
    }

    @Test
    void aStoppingInstanceStartsNoStepAndLeavesThemForTheNextHolder() {
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));
        fakes.runner(true).plan(run, 1);

        ApplyRunner.Result result = fakes.runner(true).run(run, "operator", ApplyFakes.lease(true, true));

        assertThat(result.ending()).isEqualTo(ApplyRunner.Ending.HANDED_OVER);
        assertThat(fakes.steps.latestSteps(7)).allMatch(s -> s.outcome() == StepOutcome.PENDING);
        assertThat(fakes.aws.calls()).isEmpty();
    }

    @Test
    void aRunResumedFromRecordedStepsDoesNotRunTheDoneOnesAgain() {
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));
        fakes.runner(true).plan(run, 1);
        fakes.aws.fail("CreateRole", "Throttling", 100, true); // nothing can be created this time
        fakes.runner(false).run(run, "operator", ApplyFakes.held());
        ApplyStep failed = fakes.steps.step(7, "source.role");
        assertThat(failed.outcome()).isEqualTo(StepOutcome.FAILED);

        fakes.aws.clearFailures();
        InMemoryAccounts.Account source = fakes.aws.account(ApplyFakes.SOURCE);
        source.withRole("my-ECS-task-role", "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        fakes.runner(true).plan(run, 2);
        ApplyRunner.Result retried = fakes.runner(true).run(run, "operator", ApplyFakes.held());

        assertThat(retried.ending()).isEqualTo(ApplyRunner.Ending.DONE);
        assertThat(fakes.steps.step(7, "source.role").outcome()).isEqualTo(StepOutcome.SKIPPED);
        assertThat(fakes.aws.calls("CreateRole"))
                .filteredOn(c -> c.target().equals("my-ECS-task-role"))
                .hasSize(4);
    }

    @Test
    void theFirstPassDecidesFromThePlansReadsAndMakesOnlyTheWrites() {
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));
        Map<String, LiveResource> planned = fakes.planner
                .read(run, ApplyFakes.CLOCK.instant(), Optional::empty)
                .lives();
        List<ApplyStep> recorded = fakes.runner(true).plan(run, 1);
        int before = fakes.aws.calls().size();

        ApplyRunner.Result result = fakes.runner(true).run(run, "operator", ApplyFakes.held(), recorded, planned);

        assertThat(result.ending()).isEqualTo(ApplyRunner.Ending.DONE);
        assertThat(fakes.aws.calls().subList(before, fakes.aws.calls().size()))
                .extracting(InMemoryAccounts.Call::operation)
                .containsExactlyInAnyOrder("CreateRole", "PutRolePolicy", "RegisterTaskDefinition", "CreateRole");
    }

    @Test
    void aStepWithoutThePlansReadReadsItself() {
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));
        Map<String, LiveResource> planned = fakes.planner
                .read(run, ApplyFakes.CLOCK.instant(), Optional::empty)
                .lives();
        List<ApplyStep> recorded = fakes.runner(true).plan(run, 1);
        Map<String, LiveResource> withoutTheSourceRole = new java.util.HashMap<>(planned);
        withoutTheSourceRole.remove("source.role");
        // made by hand after the plan: only a step that reads finds it
        fakes.aws
                .account(ApplyFakes.SOURCE)
                .withRole("my-ECS-task-role", "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        int before = fakes.aws.calls().size();

        ApplyRunner.Result result =
                fakes.runner(true).run(run, "operator", ApplyFakes.held(), recorded, withoutTheSourceRole);

        assertThat(result.ending()).isEqualTo(ApplyRunner.Ending.DONE);
        assertThat(fakes.steps.step(7, "source.role").outcome()).isEqualTo(StepOutcome.SKIPPED);
        assertThat(fakes.aws.calls().subList(before, fakes.aws.calls().size()))
                .extracting(InMemoryAccounts.Call::operation)
                .contains("GetRole")
                .containsOnlyOnce("CreateRole"); // the destination role only
    }

    @Test
    void eachAccountIsToldAsSoonAsItsOwnStepsAreInPlace() {
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));
        List<ApplyStep> recorded = fakes.runner(true).plan(run, 1);
        fakes.aws.fail("PutRolePolicy", "AccessDenied", 1, false); // the source account's inline policy
        Set<Side> told = ConcurrentHashMap.newKeySet();

        ApplyRunner.Result result =
                fakes.runner(true).run(run, "operator", ApplyFakes.held(), recorded, Map.of(), null, told::add);

        assertThat(result.ending()).isEqualTo(ApplyRunner.Ending.FAILED);
        // the destination's steps (its role, its trust) are in place: its check may read it; the source's are not
        assertThat(told).containsExactly(Side.DESTINATION);
    }

    @Test
    void bothAccountsAreToldWhenEveryStepIsInPlace() {
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));
        List<ApplyStep> recorded = fakes.runner(false).plan(run, 1);
        Set<Side> told = ConcurrentHashMap.newKeySet();

        ApplyRunner.Result result =
                fakes.runner(false).run(run, "operator", ApplyFakes.held(), recorded, Map.of(), null, told::add);

        assertThat(result.ending()).isEqualTo(ApplyRunner.Ending.DONE);
        assertThat(told).containsExactlyInAnyOrder(Side.SOURCE, Side.DESTINATION);
    }

    private Map<String, StepOutcome> outcomes() {
        return fakes.steps.latestSteps(7).stream().collect(Collectors.toMap(ApplyStep::key, ApplyStep::outcome));
    }

    private static Map<InMemoryAccounts.Call, Long> writes(ApplyFakes fakes) {
        return fakes.aws.calls().stream()
                .filter(c -> c.operation().matches("(Create|Put|Attach|Update|Add|Register).*"))
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    }
}
