package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.StepOutcome;
import io.rolewire.aws.AccountSession;
import io.rolewire.runs.Run;
import io.rolewire.testsupport.Seed003;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

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

    /** A destination role that exists with someone else's statement: the trust step merges into it. */
    private static final String THEIRS = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Theirs","Effect":"Allow",\
            "Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    private static final String THEIRS_AND_ANOTHER_RUNS = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Theirs","Effect":"Allow",\
            "Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"},\
            {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999988887777:role/another-run"},\
            "Action":"sts:AssumeRole"}]}""";

    @Test
    void aTrustStepHoldsTheRoleAndRecordsThatItWroteTheTrust() {
        Run existing = fakes.run(8, PlainApplyInputs.seed003(false));
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, THEIRS);

        ApplyStep done = executeTrust(existing, null, null);

        assertThat(done.outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(fakes.trustLocks.held)
                .containsExactly(ApplyFakes.DESTINATION + "/" + Seed003.DESTINATION_ROLE.toLowerCase());
        assertThat(fakes.trustLocks
                        .acquire(ApplyFakes.DESTINATION, Seed003.DESTINATION_ROLE, "next", ApplyFakes.held())
                        .lastWrittenAt())
                .contains(ApplyFakes.CLOCK.instant());
    }

    @Test
    void aPlanReadMadeBeforeRolewiresLastWriteOfTheTrustIsReadAgainAndNothingIsLost() {
        Run existing = fakes.run(8, PlainApplyInputs.seed003(false));
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, THEIRS_AND_ANOTHER_RUNS);
        Instant planRead = ApplyFakes.CLOCK.instant().minusSeconds(60);
        fakes.trustLocks.writtenAt(ApplyFakes.DESTINATION, Seed003.DESTINATION_ROLE, planRead.plusSeconds(1));

        ApplyStep done = executeTrust(existing, LiveResource.of("AROAEXAMPLE", THEIRS, "plan-read"), planRead);

        assertThat(done.outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(fakes.aws.calls("GetRole")).hasSize(1);
        assertThat(fakes.aws.account(ApplyFakes.DESTINATION).trustOf(Seed003.DESTINATION_ROLE))
                .get(InstanceOfAssertFactories.STRING)
                .contains("Theirs", "another-run", "my-ECS-task-role");
    }

    @Test
    void aPlanReadMadeAfterRolewiresLastWriteIsUsedWithoutReadingAgain() {
        Run existing = fakes.run(8, PlainApplyInputs.seed003(false));
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, THEIRS);
        Instant planRead = ApplyFakes.CLOCK.instant().minusSeconds(1);
        fakes.trustLocks.writtenAt(
                ApplyFakes.DESTINATION,
                Seed003.DESTINATION_ROLE,
                planRead.minus(StepExecutor.CLOCK_SKEW).minusSeconds(1));

        ApplyStep done = executeTrust(existing, LiveResource.of("AROAEXAMPLE", THEIRS, "plan-read"), planRead);

        assertThat(done.outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(fakes.aws.calls("GetRole")).isEmpty();
    }

    @Test
    void aRoleHeldTooLongByAnotherApplyFailsTheStepWithoutAWrite() {
        Run existing = fakes.run(8, PlainApplyInputs.seed003(false));
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, THEIRS);
        fakes.trustLocks.busyWith = "run 5 on instance-b";

        ApplyStep failed = executeTrust(existing, null, null);

        assertThat(failed.outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(failed.errorCode()).isEqualTo("TrustBusy");
        assertThat(failed.message()).contains("run 5 on instance-b");
        assertThat(fakes.aws.calls("UpdateAssumeRolePolicy")).isEmpty();
    }

    @Test
    void aTrustHoldThatCannotBeTakenFailsTheStepWithoutAReadOrAWrite() {
        Run existing = fakes.run(8, PlainApplyInputs.seed003(false));
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, THEIRS);
        fakes.trustLocks.failure = new DataAccessResourceFailureException("the database is gone");

        ApplyStep failed = executeTrust(existing, null, null);

        assertThat(failed.outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(failed.message()).contains("the database is gone");
        assertThat(fakes.aws.calls("GetRole")).isEmpty();
        assertThat(fakes.aws.calls("UpdateAssumeRolePolicy")).isEmpty();
    }

    private ApplyStep executeTrust(Run existing, LiveResource known, Instant readsAt) {
        fakes.runner(false).plan(existing, 1);
        List<ResourceSpec> existingSpecs = ResourceSpecs.of(existing);
        ResourceSpec trust = existingSpecs.stream()
                .filter(spec -> spec.key().equals("destination.trust"))
                .findFirst()
                .orElseThrow();
        StepJournal journal = fakes.executor.journal(Runnable::run);
        ApplyStep step = fakes.executor.execute(
                new StepExecutor.Scope(existing, "operator", ApplyFakes.held(), journal, readsAt),
                fakes.steps.step(8, "destination.trust"),
                trust,
                fakes.aws.open(ApplyFakes.DESTINATION, "eu-west-1", "8"),
                known);
        journal.flush();
        return step;
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
