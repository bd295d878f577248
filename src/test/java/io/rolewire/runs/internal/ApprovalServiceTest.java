package io.rolewire.runs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.ApprovalPlans;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunFixtures;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Approval in the runs module: the live plan is read only for an approval the rules allow. */
class ApprovalServiceTest {

    private static final ActingUser REQUESTER = ActingUser.of("operator", ActingUser.ADMIN);
    private static final ActingUser APPROVER = ActingUser.of("admin", ActingUser.ADMIN);
    private static final String SEEN = "a".repeat(64);
    private static final String LIVE = "b".repeat(64);

    private final Runs runs = mock(Runs.class);
    private final RunLifecycle lifecycle = mock(RunLifecycle.class);
    private final ApprovalPlans plans = mock(ApprovalPlans.class);
    private final Run submitted = submittedRun();

    @Test
    void anAllowedApprovalBindsToTheLivePlanReadNow() {
        given(runs.find(7)).willReturn(Optional.of(submitted));
        given(plans.readForApproval(7, APPROVER)).willReturn(Optional.of(LIVE));
        given(lifecycle.approve(7, APPROVER, SEEN, LIVE)).willReturn(submitted);

        assertThat(service(Optional.of(plans)).approve(7, APPROVER, SEEN)).isSameAs(submitted);

        verify(lifecycle).approve(7, APPROVER, SEEN, LIVE);
    }

    @Test
    void withoutAwsAccessTheDocumentsAreTheApprovedPlan() {
        given(runs.find(7)).willReturn(Optional.of(submitted));
        given(plans.readForApproval(7, APPROVER)).willReturn(Optional.empty());

        service(Optional.of(plans)).approve(7, APPROVER, SEEN);
        service(Optional.empty()).approve(7, APPROVER, SEEN);

        verify(lifecycle, org.mockito.Mockito.times(2)).approve(7, APPROVER, SEEN);
    }

    @Test
    void theRequesterNeverCausesAnAccountReadTheLifecycleRefusesThem() {
        given(runs.find(7)).willReturn(Optional.of(submitted));

        service(Optional.of(plans)).approve(7, REQUESTER, SEEN);

        verifyNoInteractions(plans);
        verify(lifecycle).approve(7, REQUESTER, SEEN); // which throws in the real lifecycle: four eyes
    }

    @Test
    void anAccountThatCannotBeReadApprovesNothing() {
        given(runs.find(7)).willReturn(Optional.of(submitted));
        given(plans.readForApproval(7, APPROVER)).willThrow(new IllegalStateException("account unreachable"));

        assertThatThrownBy(() -> service(Optional.of(plans)).approve(7, APPROVER, SEEN))
                .hasMessage("account unreachable");

        verify(lifecycle, never())
                .approve(anyLong(), org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
    }

    private ApprovalService service(Optional<ApprovalPlans> available) {
        return new ApprovalService(runs, lifecycle, () -> available);
    }

    private static Run submittedRun() {
        WiringInput input = RunFixtures.ecsInput("111122223333", "task", "555566667777", "target");
        Run draft = new Run(
                7,
                RunStatus.DRAFT,
                input,
                RunFixtures.previewFor(input).documents(),
                RunFixtures.previewFor(input).findings(),
                SEEN,
                "operator",
                Instant.parse("2026-12-04T10:00:00Z"));
        return draft.submit(REQUESTER, Instant.parse("2026-12-04T10:01:00Z")).run();
    }
}
