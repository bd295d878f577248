package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.aws.ProxiedCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A lease lost mid-step (ADR 013): the lease row is taken away while a step waits for AWS, as
 * another instance's pick would (its version moves on). The holder's next heartbeat fails, so it
 * stops before its next write and records that; the lease expires, is revived, and the run resumes
 * from its recorded steps to VERIFIED with every write made once.
 */
class ApplyLeaseLostTest extends FlociApplyContext {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventLog eventLog;

    @Test
    void aLeaseLostMidStepStopsBeforeTheWriteAndTheRunResumesWithNothingWrittenTwice() {
        Scenario s = Scenario.of(22);
        Run run = approved(s.seed003(true, true));
        // each call waits longer than a heartbeat, so the loss is seen while a step is in flight
        proxy().latency(Duration.ofMillis(700));

        applies.apply(run.id(), OPERATOR);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> applies.progress(run.id()).steps().stream()
                        .anyMatch(step -> step.outcome() == StepOutcome.RUNNING));
        int taken = jdbc.sql("update apply_leases set version = version + 1 where task_instance = :run")
                .param("run", String.valueOf(run.id()))
                .update();
        assertThat(taken).isEqualTo(1);

        await().atMost(Duration.ofSeconds(60)).until(() -> types(run.id()).contains("APPLY_LEASE_LOST"));
        proxy().latency(Duration.ZERO);
        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);

        List<String> types = types(run.id());
        assertThat(types).contains("APPLY_LEASE_LOST", "APPLY_RESUMED");
        assertThat(types.indexOf("APPLY_RESUMED")).isGreaterThan(types.indexOf("APPLY_LEASE_LOST"));
        assertThat(detail(run.id(), "APPLY_RESUMED")).contains("LEASE_EXPIRED");
        assertThat(applies.progress(run.id()).steps())
                .extracting(ApplyStep::outcome)
                .containsOnly(StepOutcome.DONE, StepOutcome.SKIPPED);
        Map<String, Long> writes = writesOf(s).stream()
                .collect(Collectors.groupingBy(ApplyLeaseLostTest::writeKey, Collectors.counting()));
        assertThat(writes)
                .isNotEmpty()
                .allSatisfy((write, times) -> assertThat(times).as(write).isEqualTo(1L));
        assertThat(applies.progress(run.id()).running()).isFalse();
    }

    @Test
    void anAttemptWhoseLeaseKeepsExpiringEndsFailedWithTheReasonAndRetryFinishesIt() {
        Scenario s = Scenario.of(23);
        Run run = approved(s.seed003(true, true));
        proxy().latency(Duration.ofMillis(700));

        applies.apply(run.id(), OPERATOR);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> applies.progress(run.id()).steps().stream()
                        .anyMatch(step -> step.outcome() == StepOutcome.RUNNING));
        // as if this attempt's lease had already expired three times: the next expiry is one too many
        jdbc.sql("update apply_leases set version = version + 1, consecutive_failures = 3 where task_instance = :run")
                .param("run", String.valueOf(run.id()))
                .update();

        Run failed = settle(run.id());
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(detail(run.id(), "APPLY_FAILED")).contains("lease expired 4 times");
        assertThat(types(run.id())).doesNotContain("APPLY_RESUMED");

        proxy().latency(Duration.ZERO);
        applies.retry(run.id(), OPERATOR);
        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(writesOf(s).stream()
                        .collect(Collectors.groupingBy(ApplyLeaseLostTest::writeKey, Collectors.counting())))
                .allSatisfy((write, times) -> assertThat(times).as(write).isEqualTo(1L));
    }

    /** One AWS write: its action, account, the resource it names and its policy name. */
    private static String writeKey(ProxiedCall call) {
        return call.action() + " " + call.account() + " " + call.resources() + " " + call.parameter("PolicyName");
    }

    private List<String> types(long runId) {
        return eventLog.eventsOf(runId).stream().map(RunEvent::type).toList();
    }

    private String detail(long runId, String type) {
        return eventLog.eventsOf(runId).stream()
                .filter(e -> e.type().equals(type))
                .map(RunEvent::detail)
                .findFirst()
                .orElseThrow();
    }
}
