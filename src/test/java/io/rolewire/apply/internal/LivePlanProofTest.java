package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlanFinding;
import io.rolewire.runs.Run;
import io.rolewire.testsupport.Seed003;
import io.rolewire.testsupport.aws.InMemoryAccounts;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live plan of a merge carries Access Analyzer's proof, asked in the destination account. */
class LivePlanProofTest {

    private static final String OTHER_STATEMENT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Keep\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private final ApplyFakes fakes = new ApplyFakes();

    @AfterEach
    void close() {
        fakes.close();
    }

    @Test
    void aMergeIsProvenThroughTheDestinationAccountsSession() {
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, OTHER_STATEMENT);
        Run run = fakes.run(7, PlainApplyInputs.seed003(false));

        LivePlan plan = fakes.planner.plan(run, ApplyFakes.CLOCK.instant());

        assertThat(plan.findings())
                .filteredOn(f -> f.code().equals(TrustProof.PROVEN))
                .singleElement()
                .satisfies(f -> assertThat(f.origin()).isEqualTo(PlanFinding.ACCESS_ANALYZER));
        assertThat(fakes.aws.calls("CheckNoNewAccess"))
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.account()).isEqualTo(ApplyFakes.DESTINATION));
        assertThat(fakes.aws.calls("CheckNoPublicAccess"))
                .singleElement()
                .satisfies(c -> assertThat(c.account()).isEqualTo(ApplyFakes.DESTINATION));
        assertThat(fakes.aws.calls("ValidatePolicy"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.account()).isEqualTo(ApplyFakes.SOURCE));
    }

    @Test
    void theHashDoesNotDependOnWhatTheAnalyzerAnswers() {
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, OTHER_STATEMENT);
        Run run = fakes.run(7, PlainApplyInputs.seed003(false));
        LivePlan proven = fakes.planner.plan(run, ApplyFakes.CLOCK.instant());

        fakes.aws.fail("CheckNoNewAccess", "AccessDeniedException", 2, false);
        LivePlan unproven = fakes.planner.plan(run, ApplyFakes.CLOCK.instant());

        assertThat(unproven.findings()).noneMatch(f -> f.code().equals(TrustProof.PROVEN));
        assertThat(unproven.hash()).isEqualTo(proven.hash());
    }

    @Test
    void theApprovedPlansProofIsKeptWithoutAskingAgain() {
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, OTHER_STATEMENT);
        Run run = fakes.run(7, PlainApplyInputs.seed003(false));
        LivePlan approved = fakes.planner.plan(run, ApplyFakes.CLOCK.instant());
        int asked = fakes.aws.calls("CheckNoNewAccess").size();

        LivePlan again = fakes.planner.plan(
                run,
                ApplyFakes.CLOCK.instant(),
                Optional.of(approved.findings().stream()
                        .filter(f -> f.origin().equals(PlanFinding.ACCESS_ANALYZER))
                        .toList()));

        assertThat(again.hash()).isEqualTo(approved.hash());
        assertThat(again.findings()).anyMatch(f -> f.code().equals(TrustProof.PROVEN));
        assertThat(fakes.aws.calls("CheckNoNewAccess")).hasSize(asked);
    }

    @Test
    void aCreatedDestinationRolesTrustIsCheckedForPublicAccessOnly() {
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));

        fakes.planner.plan(run, ApplyFakes.CLOCK.instant());

        assertThat(fakes.aws.calls("CheckNoNewAccess")).isEmpty();
        assertThat(fakes.aws.calls("CheckNoPublicAccess"))
                .extracting(InMemoryAccounts.Call::account)
                .containsExactly(ApplyFakes.DESTINATION);
    }
}
