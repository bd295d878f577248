package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.PrometheusScrape;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The apply's meters and the AWS failure meters as Prometheus scrapes them, after applies against
 * Floci with faults injected by the proxy in front of it: a throttled write the apply retries into success, and a write that
 * fails for good. Each meter is compared before and after: the context is shared.
 */
@AutoConfigureMockMvc
class ApplyMetricsTest extends FlociApplyContext {

    @Autowired
    MockMvc mvc;

    @Test
    void aVerifiedApplyCountsItsOutcomeItsStepsAndTheThrottleOnTheWay() throws Exception {
        Run run = approved(Scenario.of(20).seed003(true, true));
        // the SDK's standard mode makes 3 attempts: one call fails throttled, the apply's retry succeeds
        proxy().faults().throttle("PutRolePolicy", 4);
        PrometheusScrape before = PrometheusScrape.of(mvc);

        applies.apply(run.id(), OPERATOR);
        assertThat(settle(run.id()).status())
                .as(() -> String.valueOf(applies.progress(run.id()).steps()))
                .isEqualTo(RunStatus.VERIFIED);

        PrometheusScrape after = PrometheusScrape.of(mvc);
        assertThat(increase(before, after, "rolewire_applies_total", "outcome", "verified"))
                .isEqualTo(1);
        assertThat(increase(before, after, "rolewire_applies_total", "outcome", "failed"))
                .isZero();
        assertThat(increase(before, after, "rolewire_aws_throttles_total", "service", "iam", "code", "Throttling"))
                .isEqualTo(1);
        assertThat(increase(before, after, "rolewire_aws_errors_total", "service", "iam", "code", "Throttling"))
                .isEqualTo(1);
        assertEveryStepTimed(run.id(), before, after);
    }

    @Test
    void aStepThatFailsForGoodCountsAFailedApplyAndItsAwsError() throws Exception {
        Run run = approved(Scenario.of(21).seed003(true, true));
        proxy().faults().fail("RegisterTaskDefinition", "LimitExceeded", 1);
        PrometheusScrape before = PrometheusScrape.of(mvc);

        applies.apply(run.id(), OPERATOR);
        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.FAILED);

        PrometheusScrape after = PrometheusScrape.of(mvc);
        assertThat(increase(before, after, "rolewire_applies_total", "outcome", "failed"))
                .isEqualTo(1);
        assertThat(increase(before, after, "rolewire_applies_total", "outcome", "verified"))
                .isZero();
        assertThat(increase(before, after, "rolewire_aws_errors_total", "service", "ecs", "code", "LimitExceeded"))
                .isEqualTo(1);
        assertThat(increase(before, after, "rolewire_aws_throttles_total", "service", "ecs", "code", "LimitExceeded"))
                .isZero();
        assertThat(increase(
                        before,
                        after,
                        "rolewire_apply_step_duration_seconds_count",
                        "step",
                        "RegisterTaskDefinition",
                        "outcome",
                        "failed"))
                .isEqualTo(1);
        assertEveryStepTimed(run.id(), before, after);
    }

    /** Each finished step of the run is one more timing under its write and outcome; NOT_RUN is not timed. */
    private void assertEveryStepTimed(long runId, PrometheusScrape before, PrometheusScrape after) {
        List<ApplyStep> finished = applies.progress(runId).steps().stream()
                .filter(s -> s.outcome() != StepOutcome.NOT_RUN)
                .toList();
        assertThat(finished).isNotEmpty();
        Map<List<String>, Long> expected = finished.stream()
                .collect(Collectors.groupingBy(
                        s -> List.of(s.action(), s.outcome().name().toLowerCase(java.util.Locale.ROOT)),
                        Collectors.counting()));
        expected.forEach((series, count) -> assertThat(increase(
                        before,
                        after,
                        "rolewire_apply_step_duration_seconds_count",
                        "step",
                        series.get(0),
                        "outcome",
                        series.get(1)))
                .as("steps %s", series)
                .isEqualTo(count.doubleValue()));
    }

    private static double increase(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.valueOrZero(name, labels) - before.valueOrZero(name, labels);
    }
}
