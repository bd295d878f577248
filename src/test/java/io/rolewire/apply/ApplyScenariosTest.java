package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The apply's scenarios that need faults Floci cannot produce (throttling, the "Invalid principal"
 * delay after CreateRole, a one-off failure, the wrong account behind credentials); the rest run
 * against Floci ({@link FlociApplyScenariosTest}, {@link FlociPlanGuardsTest}).
 */
class ApplyScenariosTest extends StubbedApplyContext {

    @Autowired
    EventLog eventLog;

    @Test
    void retriesThrottlingWithBackoffAndRecordsEachRetry() {
        Run run = approved(seed003(true));
        // the SDK's standard mode makes 3 attempts; the fourth throttled answer reaches our retry
        stub.faults().throttle("PutRolePolicy", 4);

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(stub.requests("PutRolePolicy")).hasSize(5);
        ApplyStep policy = step(run.id(), "source.policy");
        assertThat(policy.outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(policy.calls()).isEqualTo(2);
        assertThat(types(run.id())).contains("STEP_RETRIED");
        assertThat(detailOf(run.id(), "STEP_RETRIED")).contains("\"errorCode\":\"Throttling\"", "source.policy");
    }

    @Test
    void waitsForANewSourceRoleToBecomeAPrincipal() {
        Run run = approved(seed003(true));
        stub.faults().invalidPrincipalAfterCreateRole(3);

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        ApplyStep destination = step(run.id(), "destination.role");
        assertThat(destination.outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(destination.calls()).isEqualTo(4);
        assertThat(events(run.id()).stream().filter(e -> e.type().equals("STEP_RETRIED")))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.detail()).contains("MalformedPolicyDocument"));
    }

    @Test
    void givesUpOnAPrincipalThatNeverAppearsWithGuidance() {
        Run run = approved(seed003(true));
        stub.faults().invalidPrincipalAfterCreateRole(Integer.MAX_VALUE);

        applies.apply(run.id(), OPERATOR);

        Run failed = settle(run.id());
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        ApplyStep destination = step(run.id(), "destination.role");
        assertThat(destination.outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(destination.errorCode()).isEqualTo("MalformedPolicyDocument");
        assertThat(destination.message()).contains("about two minutes");
        assertThat(destination.calls()).isGreaterThan(3);
    }

    @Test
    void aFailureAtStepThreeIsRetriedFromThere() {
        Run run = approved(seed003(true));
        // step 3 in order: source role, its policy, then the task definition
        stub.faults().failOnce("RegisterTaskDefinition", "LimitExceeded");

        applies.apply(run.id(), OPERATOR);
        Run failed = settle(run.id());
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        ApplyStep failedStep = applies.progress(run.id()).failedStep().orElseThrow();
        assertThat(failedStep.position()).isEqualTo(3);
        assertThat(failedStep.key()).isEqualTo("task.definition");
        assertThat(failedStep.errorCode()).isEqualTo("LimitExceeded");
        int writesBefore = stub.writes().size();

        applies.retry(run.id(), OPERATOR);
        Run done = settle(run.id());

        assertThat(done.status()).isEqualTo(RunStatus.VERIFIED);
        ApplyProgress progress = applies.progress(run.id());
        assertThat(progress.steps()).allSatisfy(s -> assertThat(s.attempt()).isEqualTo(2));
        // only the failed write is made again: what the first attempt did is skipped
        assertThat(progress.steps())
                .filteredOn(s -> s.outcome() == StepOutcome.DONE)
                .extracting(ApplyStep::key)
                .containsExactly(failedStep.key());
        assertThat(stub.writes()).hasSize(writesBefore + 1);
        assertThat(types(run.id())).containsSubsequence("APPLY_FAILED", "RETRY_STARTED", "APPLIED", "VERIFIED");
    }

    @Test
    void wrongAccountBehindTheCredentialsWritesNothing() {
        Run run = approved(seed003(true));
        stub.faults().wrongAccount(DESTINATION, "999999999999");

        assertThatThrownBy(() -> applies.apply(run.id(), OPERATOR)).isInstanceOfSatisfying(ApplyRefused.class, e -> {
            assertThat(e.reason()).isEqualTo(ApplyRefused.Reason.ACCOUNT_UNREACHABLE);
            assertThat(e.messageArguments()[1].toString()).contains(DESTINATION, "999999999999");
        });

        assertThat(stub.writes()).isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.APPROVED);
    }

    private ApplyStep step(long runId, String key) {
        return applies.progress(runId).steps().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private List<RunEvent> events(long runId) {
        return eventLog.eventsOf(runId);
    }

    private List<String> types(long runId) {
        return events(runId).stream().map(RunEvent::type).toList();
    }

    private String detailOf(long runId, String type) {
        return events(runId).stream()
                .filter(e -> e.type().equals(type))
                .map(RunEvent::detail)
                .findFirst()
                .orElseThrow();
    }
}
