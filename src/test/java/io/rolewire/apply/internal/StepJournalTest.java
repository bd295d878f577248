package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.aws.AccountSession;
import io.rolewire.runs.Run;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The step records written in order off the steps' threads, and what a failed record stops. */
class StepJournalTest {

    private final ApplyFakes fakes = new ApplyFakes();
    private final ExecutorService writer = Executors.newFixedThreadPool(3);

    @AfterEach
    void close() {
        writer.shutdownNow();
        fakes.close();
    }

    @Test
    void recordsAreWrittenInTheOrderTheyWereHandedOver() throws InterruptedException {
        fakes.steps.insertStep(step(StepOutcome.PENDING), 7);
        CountDownLatch held = new CountDownLatch(1);
        StepJournal journal = new StepJournal(
                fakes.steps,
                new StepEvents(fakes.events),
                task -> writer.execute(() -> {
                    try {
                        held.await(10, TimeUnit.SECONDS); // the writer is slow: every record queues behind the first
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    task.run();
                }));

        journal.updated(step(StepOutcome.RUNNING), 7);
        journal.finished(7, StepEvents.STEP_DONE, step(StepOutcome.DONE), "operator");
        assertThat(fakes.steps.step(7, "source.role").outcome()).isEqualTo(StepOutcome.PENDING);
        held.countDown();
        journal.flush();

        assertThat(fakes.steps.step(7, "source.role").outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(fakes.events.kinds()).containsExactly(StepEvents.STEP_DONE);
    }

    @Test
    void aFailedRecordStopsTheLaterOnesAndTheNextWrite() {
        StepRecords failing = new ApplyFakes.Steps() {
            @Override
            public synchronized void updateStep(ApplyStep step, long runId) {
                throw new DataAccessResourceFailureException("the database is gone");
            }
        };
        StepExecutor executor = new StepExecutor(
                new Decisions(fakes.wiring),
                fakes.trustLocks,
                failing,
                new StepEvents(fakes.events),
                fakes.properties,
                fakes.text,
                new ApplyMeters(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()),
                ApplyFakes.CLOCK);
        StepJournal journal = executor.journal(writer);
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));
        List<ResourceSpec> specs = ResourceSpecs.of(run);
        AccountSession source = fakes.aws.open(ApplyFakes.SOURCE, "eu-west-1", "7");
        StepExecutor.Scope scope = new StepExecutor.Scope(run, "operator", ApplyFakes.held(), journal, null);

        journal.updated(step(StepOutcome.RUNNING), 7);
        assertThatThrownBy(journal::flush).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(journal.broken()).isTrue();
        ApplyStep result = executor.execute(scope, step(StepOutcome.PENDING), specs.get(0), source, null);

        assertThat(result.outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(fakes.aws.calls("CreateRole")).isEmpty(); // read, decided, not written
        assertThat(fakes.events.kinds()).isEmpty();
    }

    private static ApplyStep step(StepOutcome outcome) {
        ApplyStep pending = ApplyStep.pending(
                1,
                1,
                "source.role",
                Side.SOURCE,
                ApplyFakes.SOURCE,
                "iam",
                "CreateRole",
                "arn:aws:iam::" + ApplyFakes.SOURCE + ":role/my-ECS-task-role",
                ApplyFakes.CLOCK.instant());
        return outcome == StepOutcome.PENDING
                ? pending
                : pending.with(outcome, null, 0, 0, null, null, null, ApplyFakes.CLOCK.instant());
    }
}
