package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.ApplyRefused;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Lifecycle;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.Stamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A wiring approved before the end of its access but applied after it is refused, before anything
 * is read or written: its trust would deny at once (issue 12, bad input). The same for a retry.
 */
class AccessEndedRefusalTest {

    private static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    // ahead of the real clock, which the preview checks the end against
    private static final Instant END = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

    private final ApplyFakes fakes = new ApplyFakes();
    private final Runs runs = mock(Runs.class);
    private final RunLifecycle lifecycle = mock(RunLifecycle.class);
    private final LivePlanService plans = mock(LivePlanService.class);
    private final ApplyLeases leases = mock(ApplyLeases.class);

    @AfterEach
    void close() {
        fakes.close();
    }

    @Test
    void anApplyAfterTheEndIsRefusedAndReadsNothing() {
        Run run = withStatus(RunStatus.APPROVED);
        when(runs.find(run.id())).thenReturn(Optional.of(run));

        assertThatThrownBy(() -> requestsAt(END.plusSeconds(1)).apply(run.id(), OPERATOR))
                .isInstanceOfSatisfying(ApplyRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ApplyRefused.Reason.ACCESS_ENDED);
                    assertThat(refused.messageArguments()).contains(END.toString());
                });
        verifyNoInteractions(plans, lifecycle, leases);
    }

    @Test
    void aRetryAfterTheEndIsRefusedToo() {
        Run run = withStatus(RunStatus.FAILED);
        when(runs.find(run.id())).thenReturn(Optional.of(run));

        assertThatThrownBy(() -> requestsAt(END).retry(run.id(), OPERATOR))
                .isInstanceOfSatisfying(
                        ApplyRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ApplyRefused.Reason.ACCESS_ENDED));
        verifyNoInteractions(lifecycle, leases);
    }

    @Test
    void beforeTheEndTheRuleDoesNotRefuse() {
        Run run = withStatus(RunStatus.APPROVED);

        LivePlanService.requireAccessNotEnded(run, END.minusSeconds(1));
        assertThatThrownBy(() -> LivePlanService.requireAccessNotEnded(run, END))
                .isInstanceOf(ApplyRefused.class);
    }

    private Run withStatus(RunStatus status) {
        Run created = fakes.run(7, PlainApplyInputs.seed003(true).withAccessUntil(END));
        Stamp admin = new Stamp("admin", ApplyFakes.CLOCK.instant());
        return new Run(
                created.id(),
                status,
                created.input(),
                created.documents(),
                created.findings(),
                created.planHash(),
                created.createdBy(),
                created.createdAt(),
                new Lifecycle(admin, admin, created.planHash(), null, null, null, false),
                1,
                null);
    }

    private ApplyRequests requestsAt(Instant now) {
        ApplyProperties properties = mock(ApplyProperties.class);
        when(properties.awsAccess()).thenReturn(true);
        return new ApplyRequests(
                runs,
                lifecycle,
                plans,
                fakes.runner(true),
                mock(Verifier.class),
                mock(JdbcApplyStore.class),
                mock(StepEvents.class),
                properties,
                leases,
                new FreshStarts(),
                mock(TransactionTemplate.class),
                Clock.fixed(now, ZoneOffset.UTC));
    }
}
