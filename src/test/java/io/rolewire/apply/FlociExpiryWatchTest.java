package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunKind;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * The expiry watch against Floci (issue 12 outcome 2, ADR 019): at the end of a wiring's access it
 * starts the wiring's un-wire, once; approved in advance, the un-wire is approved in the admin's
 * name and applied to VERIFIED, else it waits for an approval. Scenarios 41 and 42.
 */
class FlociExpiryWatchTest extends FlociApplyContext {

    @Autowired
    ExpiryWatch expiry;

    @Autowired
    Unwires unwires;

    @Test
    void anUnwireApprovedInAdvanceRemovesTheWiringAtTheEndOfItsAccess() {
        Scenario s = Scenario.of(41);
        Instant end = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Run wiring = appliedAndSettled(s.seed003(true, true).withAccessUntil(end), true);
        assertThat(wiring.status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(wiring.unwireApprovedInAdvance()).isTrue();
        assertThat(expiry.unwireEnded(end.minusSeconds(1))).as("not ended yet").isEmpty();

        List<Run> started = expiry.unwireEnded(end.plusSeconds(60));

        assertThat(started).hasSize(1);
        Run unwire = settle(started.get(0).id());
        assertThat(unwire.kind()).isEqualTo(RunKind.UNWIRE);
        assertThat(unwire.undoes()).isEqualTo(wiring.id());
        assertThat(unwire.createdBy()).isEqualTo("rolewire");
        assertThat(unwire.lifecycle().approved().by()).isEqualTo("admin (in advance)");
        assertThat(unwire.status()).isEqualTo(RunStatus.VERIFIED);
        try (IamClient source = FlociAccount.root(s.source()).iam()) {
            assertThat(source.listRoles().roles()).noneMatch(r -> r.roleName().equals(s.sourceRole()));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.getRole(r -> r.roleName(s.sourceRole())))
                    .isInstanceOf(NoSuchEntityException.class);
        }
        assertThat(expiry.unwireEnded(end.plusSeconds(120))).as("once").isEmpty();
    }

    @Test
    void withoutAnApprovalInAdvanceTheUnwireWaitsForAnAdmin() {
        Scenario s = Scenario.of(42);
        Instant end = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Run wiring = appliedAndSettled(s.seed003(true, true).withAccessUntil(end), false);
        assertThat(wiring.unwireApprovedInAdvance()).isFalse();

        List<Run> started = expiry.unwireEnded(end.plusSeconds(60));

        assertThat(started).singleElement().satisfies(unwire -> {
            assertThat(unwire.undoes()).isEqualTo(wiring.id());
            assertThat(unwire.status()).isEqualTo(RunStatus.SUBMITTED);
            assertThat(unwire.createdBy()).isEqualTo("rolewire");
        });
        assertThat(writesOf(s)).noneMatch(call -> call.action().startsWith("Delete"));
        assertThat(expiry.unwireEnded(end.plusSeconds(120))).as("once").isEmpty();
        assertThat(runs.unwireOf(wiring.id())).isPresent();
    }

    private Run appliedAndSettled(WiringInput input, boolean unwireInAdvance) {
        Run draft = runs.createDraft(input, new Wiring().preview(input), new Actor(OPERATOR.username()));
        lifecycle.submit(draft.id(), OPERATOR);
        LivePlan seen = plans.refresh(draft.id(), ADMIN);
        approvals.approve(draft.id(), ADMIN, seen.hash(), unwireInAdvance);
        applies.apply(draft.id(), OPERATOR);
        return settle(draft.id());
    }
}
