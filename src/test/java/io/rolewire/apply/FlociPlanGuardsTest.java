package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/** The live plan against Floci: a preview, a stale approval and a plan that changed before the apply. */
class FlociPlanGuardsTest extends FlociApplyContext {

    private static final String OTHER_TRUST =
            "{\"Version\":\"2012-10-17\",\"Statement\":[" + FlociApplyScenariosTest.KEEP_ME + "]}";

    @Test
    void aLivePlanThatChangedSinceTheApprovalSendsTheRunBackAndWritesNothing() {
        Scenario s = Scenario.of(11);
        Run run = approved(s.seed003(true, false));
        // someone creates the destination role between the approval and the apply
        createRole(s.destination(), s.destinationRole(), OTHER_TRUST);

        assertThatThrownBy(() -> applies.apply(run.id(), OPERATOR))
                .isInstanceOfSatisfying(
                        ApplyRefused.class, e -> assertThat(e.reason()).isEqualTo(ApplyRefused.Reason.PLAN_CHANGED));

        Run back = runs.find(run.id()).orElseThrow();
        assertThat(back.status()).isEqualTo(RunStatus.SUBMITTED);
        assertThat(back.lifecycle().approvedPlanHash()).isNull();
        try (IamClient source = FlociAccount.root(s.source()).iam()) {
            assertThatThrownBy(() -> source.getRole(r -> r.roleName(s.sourceRole())))
                    .isInstanceOf(NoSuchEntityException.class);
        }
    }

    @Test
    void anApprovalOfAPlanThatNoLongerHoldsIsRefusedAsStale() {
        Scenario s = Scenario.of(12);
        WiringInput input = s.seed003(true, true);
        Run draft = runs.createDraft(input, new Wiring().preview(input), new Actor(OPERATOR.username()));
        lifecycle.submit(draft.id(), OPERATOR);
        LivePlan seen = plans.refresh(draft.id(), ADMIN);
        createRole(s.source(), s.sourceRole(), ECS_TASKS_TRUST);

        assertThatThrownBy(() -> approvals.approve(draft.id(), ADMIN, seen.hash()))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.STALE_PLAN));
        assertThat(runs.find(draft.id()).orElseThrow().status()).isEqualTo(RunStatus.SUBMITTED);
    }

    @Test
    void aPreviewIsPlannedAgainstTheLiveAccountsWithoutStoringAnything() {
        Scenario s = Scenario.of(13);
        createRole(s.destination(), s.destinationRole(), OTHER_TRUST);
        WiringInput input = s.seed003(true, false);

        LivePlan plan = plans.preview(input, new Wiring().preview(input), OPERATOR);

        assertThat(plan.runId()).isZero();
        assertThat(plan.complete()).isTrue();
        assertThat(resource(plan, "source.role").change()).isEqualTo(Change.CREATE);
        assertThat(resource(plan, "destination.trust").change()).isEqualTo(Change.UPDATE);
        assertThat(resource(plan, "destination.trust").diff().changed()).isTrue();
        assertThat(plans.latest(0)).isEmpty();
        try (IamClient source = FlociAccount.root(s.source()).iam()) {
            assertThatThrownBy(() -> source.getRole(r -> r.roleName(s.sourceRole())))
                    .isInstanceOf(NoSuchEntityException.class);
        }
    }

    private static void createRole(String account, String name, String trust) {
        try (IamClient iam = FlociAccount.root(account).iam()) {
            iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trust));
        }
    }
}
