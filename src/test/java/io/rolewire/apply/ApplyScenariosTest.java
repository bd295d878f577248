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
 * The apply's scenarios with faults Floci cannot produce by itself, injected by the proxy in front
 * of it: throttling, the "Invalid principal" delay after CreateRole, a one-off failure, and
 * credentials that come to act in another account after the approval.
 */
class ApplyScenariosTest extends FlociApplyContext {

    @Autowired
    EventLog eventLog;

    @Test
    void retriesThrottlingWithBackoffAndRecordsEachRetry() {
        Scenario s = Scenario.of(15);
        Run run = approved(s.seed003(true, true));
        // the SDK's standard mode makes 3 attempts; the fourth throttled answer reaches our retry
        proxy().faults().throttle("PutRolePolicy", 4);

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(callsOf(s))
                .filteredOn(c -> c.action().equals("PutRolePolicy"))
                .hasSize(5);
        ApplyStep policy = step(run.id(), "source.policy");
        assertThat(policy.outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(policy.calls()).isEqualTo(2);
        assertThat(types(run.id())).contains("STEP_RETRIED");
        assertThat(detailOf(run.id(), "STEP_RETRIED")).contains("\"errorCode\":\"Throttling\"", "source.policy");
    }

    @Test
    void waitsForANewSourceRoleToBecomeAPrincipal() {
        Run run = approved(Scenario.of(16).seed003(true, true));
        proxy().faults().invalidPrincipalAfterCreateRole(3);

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
        Run run = approved(Scenario.of(17).seed003(true, true));
        proxy().faults().invalidPrincipalAfterCreateRole(Integer.MAX_VALUE);

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
        Scenario s = Scenario.of(18);
        Run run = approved(s.seed003(true, true));
        // step 3 in order: source role, its policy, then the task definition
        proxy().faults().fail("RegisterTaskDefinition", "LimitExceeded", 1);

        applies.apply(run.id(), OPERATOR);
        Run failed = settle(run.id());
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        ApplyStep failedStep = applies.progress(run.id()).failedStep().orElseThrow();
        assertThat(failedStep.position()).isEqualTo(3);
        assertThat(failedStep.key()).isEqualTo("task.definition");
        assertThat(failedStep.errorCode()).isEqualTo("LimitExceeded");
        int writesBefore = writesOf(s).size();

        applies.retry(run.id(), OPERATOR);
        Run done = settle(run.id());

        assertThat(done.status()).isEqualTo(RunStatus.VERIFIED);
        ApplyProgress progress = applies.progress(run.id());
        assertThat(progress.steps())
                .allSatisfy(step -> assertThat(step.attempt()).isEqualTo(2));
        // only the failed write is made again: what the first attempt did is skipped
        assertThat(progress.steps())
                .filteredOn(step -> step.outcome() == StepOutcome.DONE)
                .extracting(ApplyStep::key)
                .containsExactly(failedStep.key());
        assertThat(writesOf(s)).hasSize(writesBefore + 1);
        assertThat(types(run.id())).containsSubsequence("APPLY_FAILED", "RETRY_STARTED", "APPLIED", "VERIFIED");
    }

    @Test
    void wrongAccountBehindTheCredentialsWritesNothing() {
        Scenario s = Scenario.of(19);
        Run run = approved(s.seed003(true, true));
        // after the approval, the destination's credentials come to act in another account
        proxy().faults().actAs(s.destination(), "439000000099");

        assertThatThrownBy(() -> applies.apply(run.id(), OPERATOR)).isInstanceOfSatisfying(ApplyRefused.class, e -> {
            assertThat(e.reason()).isEqualTo(ApplyRefused.Reason.ACCOUNT_UNREACHABLE);
            assertThat(e.messageArguments()[1].toString()).contains(s.destination(), "439000000099");
        });

        assertThat(proxy().calls()).filteredOn(c -> c.isWrite()).isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.APPROVED);
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
