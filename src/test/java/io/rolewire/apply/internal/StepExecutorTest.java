package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.StepOutcome;
import io.rolewire.aws.AccountSession;
import io.rolewire.runs.Run;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One step at a time, as a plain class over an in-memory account. */
class StepExecutorTest {

    private final ApplyFakes fakes = new ApplyFakes();
    private final Run run = fakes.run(7, PlainApplyInputs.seed003(true));
    private final AccountSession source = fakes.aws.open(ApplyFakes.SOURCE, "eu-west-1", "7");
    private final List<ResourceSpec> specs = ResourceSpecs.of(run);

    @AfterEach
    void close() {
        fakes.close();
    }

    @Test
    void aMissingRoleIsCreatedAndRecordedWithItsRequestIdThenSkippedWhenInPlace() {
        ApplyStep done = execute("source.role", ApplyFakes.held());

        assertThat(done.outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(done.calls()).isEqualTo(1);
        assertThat(done.requestId()).startsWith("fake-");
        assertThat(done.target()).isEqualTo("arn:aws:iam::111122223333:role/my-ECS-task-role");
        assertThat(fakes.aws.account(ApplyFakes.SOURCE).trustOf("my-ECS-task-role"))
                .isPresent();
        assertThat(fakes.events.kinds()).containsExactly("STEP_DONE");

        ApplyStep again = execute("source.role", ApplyFakes.held());

        assertThat(again.outcome()).isEqualTo(StepOutcome.SKIPPED);
        assertThat(fakes.aws.calls("CreateRole")).hasSize(1);
    }

    @Test
    void aThrottledWriteIsRetriedAndEachRetryRecorded() {
        execute("source.role", ApplyFakes.held());
        fakes.aws.fail("PutRolePolicy", "Throttling", 2, true);

        ApplyStep done = execute("source.policy", ApplyFakes.held());

        assertThat(done.outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(done.calls()).isEqualTo(3);
        assertThat(fakes.aws.calls("PutRolePolicy")).hasSize(3);
        assertThat(fakes.events.kinds()).containsSubsequence("STEP_RETRIED", "STEP_RETRIED", "STEP_DONE");
    }

    @Test
    void aRefusedWriteIsAFailedStepWithAwsErrorAndRequestIdNeverAnException() {
        fakes.aws.fail("CreateRole", "AccessDenied", 1, false);

        ApplyStep failed = execute("source.role", ApplyFakes.held());

        assertThat(failed.outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(failed.errorCode()).isEqualTo("AccessDenied");
        assertThat(failed.requestId()).isEqualTo("fake-failed-0");
        assertThat(fakes.steps.step(7, "source.role").outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(fakes.events.kinds()).containsExactly("STEP_FAILED");
    }

    @Test
    void aLostLeaseStopsBeforeTheWriteAndLeavesTheStepForTheNextHolder() {
        assertThatThrownBy(() -> execute("source.role", ApplyFakes.lease(false, false)))
                .isInstanceOf(LeaseLost.class);

        assertThat(fakes.aws.calls("CreateRole")).isEmpty();
        assertThat(fakes.steps.step(7, "source.role").outcome()).isEqualTo(StepOutcome.RUNNING);
    }

    private ApplyStep execute(String key, Lease lease) {
        if (fakes.steps.latestSteps(7).isEmpty()) {
            fakes.runner(false).plan(run, 1);
        }
        int index = indexOf(key);
        return fakes.executor.execute(run, fakes.steps.step(7, key), specs.get(index), source, "operator", lease);
    }

    private int indexOf(String key) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
