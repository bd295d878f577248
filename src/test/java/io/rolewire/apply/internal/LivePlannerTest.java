package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.runs.Run;
import io.rolewire.testsupport.Seed003;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live plan as a plain class over in-memory accounts. */
class LivePlannerTest {

    private static final String OTHER_STATEMENT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Keep\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private final ApplyFakes fakes = new ApplyFakes();

    @AfterEach
    void close() {
        fakes.close();
    }

    @Test
    void fromNothingEveryResourceIsCreatedAndTheTrustComesWithItsRole() {
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));

        LivePlan plan = fakes.planner.plan(run, ApplyFakes.CLOCK.instant());

        assertThat(plan.complete()).isTrue();
        assertThat(plan.accounts()).allMatch(a -> a.reachable());
        assertThat(resource(plan, "destination.trust").noteCode()).isEqualTo("apply.note.trustWithRole");
        assertThat(plan.resources())
                .filteredOn(r -> !r.key().equals("destination.trust"))
                .allSatisfy(r -> assertThat(r.change()).as(r.key()).isEqualTo(Change.CREATE));
        assertThat(fakes.aws.calls())
                .noneMatch(c -> c.operation().startsWith("Create")
                        || c.operation().startsWith("Put")
                        || c.operation().startsWith("Update"));
    }

    @Test
    void anExistingDestinationRoleKeepsItsOtherStatementsInTheMergedTrust() {
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, OTHER_STATEMENT);
        Run run = fakes.run(7, PlainApplyInputs.seed003(false));

        LivePlan plan = fakes.planner.plan(run, ApplyFakes.CLOCK.instant());

        PlannedResource trust = resource(plan, "destination.trust");
        assertThat(trust.change()).isEqualTo(Change.UPDATE);
        assertThat(trust.desiredDocument())
                .contains("\"Keep\"", "ec2.amazonaws.com", "arn:aws:iam::111122223333:role/my-ECS-task-role");
        assertThat(resource(plan, "destination.role").change()).isEqualTo(Change.UNCHANGED);
    }

    @Test
    void aRoleAndItsTrustAreReadWithOneCall() {
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, OTHER_STATEMENT);
        Run run = fakes.run(7, PlainApplyInputs.seed003(false));

        LivePlan plan = fakes.planner.plan(run, ApplyFakes.CLOCK.instant());

        assertThat(resource(plan, "destination.role").change()).isEqualTo(Change.UNCHANGED);
        assertThat(resource(plan, "destination.trust").change()).isEqualTo(Change.UPDATE);
        assertThat(fakes.aws.calls("GetRole"))
                .filteredOn(c -> c.account().equals(ApplyFakes.DESTINATION))
                .hasSize(1);
        assertThat(fakes.aws.calls("GetRole"))
                .filteredOn(c -> c.account().equals(ApplyFakes.SOURCE))
                .hasSize(1);
    }

    @Test
    void anAccountThatRefusesToBeReadIsUnreachableAndTheOtherIsStillRead() {
        fakes.aws.fail("GetCallerIdentity", "AccessDenied", 1, false);
        Run run = fakes.run(7, PlainApplyInputs.seed003(true));

        LivePlan plan = fakes.planner.plan(run, ApplyFakes.CLOCK.instant());

        assertThat(plan.complete()).isFalse();
        assertThat(plan.accounts()).filteredOn(a -> !a.reachable()).hasSize(1);
        String unreadable = plan.accounts().stream()
                .filter(a -> !a.reachable())
                .findFirst()
                .orElseThrow()
                .accountId();
        assertThat(plan.resources())
                .filteredOn(r -> r.accountId().equals(unreadable))
                .allSatisfy(r -> assertThat(r.change()).isEqualTo(Change.UNKNOWN));
        assertThat(plan.resources())
                .filteredOn(r -> !r.accountId().equals(unreadable))
                .isNotEmpty()
                .noneMatch(r -> r.change() == Change.UNKNOWN);
    }

    @Test
    void theSameLiveStateGivesTheSameHashAndAChangedOneAnother() {
        Run run = fakes.run(7, PlainApplyInputs.seed003(false));
        fakes.aws.account(ApplyFakes.DESTINATION).withRole(Seed003.DESTINATION_ROLE, OTHER_STATEMENT);
        String first = fakes.planner.plan(run, ApplyFakes.CLOCK.instant()).hash();

        String again = fakes.planner.plan(run, ApplyFakes.CLOCK.instant()).hash();
        fakes.aws
                .account(ApplyFakes.DESTINATION)
                .withRole(Seed003.DESTINATION_ROLE, OTHER_STATEMENT.replace("ec2", "lambda"));
        String changed = fakes.planner.plan(run, ApplyFakes.CLOCK.instant()).hash();

        assertThat(again).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first);
    }

    private static PlannedResource resource(LivePlan plan, String key) {
        return plan.resources().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
