package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RoleWiring;
import io.rolewire.audit.RoleWirings;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunKind;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.testsupport.FlociAccount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Un-wire against Floci (ADR 018): through the same live plan, four-eyes approval, apply and
 * verification as a wiring, it removes exactly what the wiring added, keeps what another wiring
 * uses, and shows the approver what was changed by hand since. Scenarios 56 to 59, and 37 (a policy
 * attached by hand stops the role's delete; a retry finishes it).
 */
class FlociUnwireTest extends FlociApplyContext {

    @Autowired
    Unwires unwires;

    @Autowired
    RoleWirings roleWirings;

    @Autowired
    EventLog eventLog;

    @Autowired
    DriftWatch drift;

    @Test
    void aWiringMadeFromNothingIsRemovedWholeAndNoLongerInForce() {
        Scenario s = Scenario.of(56);
        Run wiring = appliedAndSettled(s.seed003(true, true));
        assertThat(wiring.status()).isEqualTo(RunStatus.VERIFIED);
        String revision = step(wiring.id(), "task.definition").target();

        Run unwire = unwound(wiring);

        assertThat(unwire.kind()).isEqualTo(RunKind.UNWIRE);
        assertThat(unwire.undoes()).isEqualTo(wiring.id());
        assertThat(unwire.status()).isEqualTo(RunStatus.VERIFIED);
        try (IamClient source = FlociAccount.root(s.source()).iam();
                IamClient destination = FlociAccount.root(s.destination()).iam();
                EcsClient ecs = FlociAccount.root(s.source()).ecs()) {
            assertThatThrownBy(() -> source.getRole(r -> r.roleName(s.sourceRole())))
                    .isInstanceOf(NoSuchEntityException.class);
            assertThatThrownBy(() -> destination.getRole(r -> r.roleName(s.destinationRole())))
                    .isInstanceOf(NoSuchEntityException.class);
            assertThat(ecs.describeTaskDefinition(r -> r.taskDefinition(revision))
                            .taskDefinition()
                            .status())
                    .isEqualTo(TaskDefinitionStatus.INACTIVE);
        }
        assertThat(kinds(wiring.id())).contains("UNWIRED");
        assertThat(roleWirings.inForce(s.destination(), s.destinationRole())).isEmpty();
        assertThatThrownBy(() -> unwires.start(wiring.id(), OPERATOR))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.ALREADY_UNWIRED));
    }

    @Test
    void undoingOneOfTwoWiringsOfADestinationRoleLeavesTheOtherVerified() {
        Scenario s = Scenario.of(57);
        Scenario other = new Scenario(
                s.source(), s.destination(), "task-role-b-" + SUFFIX, s.destinationRole(), "fam-b-" + SUFFIX);
        Run first = appliedAndSettled(s.seed003(true, true));
        Run second = appliedAndSettled(other.seed003(true, false));
        assertThat(List.of(first.status(), second.status())).containsOnly(RunStatus.VERIFIED);

        Run unwire = unwireApproved(first);
        LivePlan plan = plans.latest(unwire.id()).orElseThrow();
        assertThat(resource(plan, "destination.role").change()).isEqualTo(Change.UNCHANGED);
        assertThat(resource(plan, "destination.role").noteCode()).isEqualTo("apply.note.unwire.roleKept");
        assertThat(resource(plan, "destination.trust").change()).isEqualTo(Change.DELETE);
        applies.apply(unwire.id(), OPERATOR);

        assertThat(settle(unwire.id()).status()).isEqualTo(RunStatus.VERIFIED);
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            String trust = destination
                    .getRole(r -> r.roleName(s.destinationRole()))
                    .role()
                    .assumeRolePolicyDocument();
            assertThat(trust).contains(other.sourceRoleArn()).doesNotContain(s.sourceRoleArn());
        }
        assertThat(applies.reverify(second.id(), OPERATOR).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(LiveHop.identityAfterHop(other)).isEqualTo(s.destination());
        assertThat(roleWirings.inForce(s.destination(), s.destinationRole()))
                .extracting(RoleWiring::runId)
                .containsExactly(second.id());
    }

    @Test
    void rolesThatExistedStayAndTheSourceRoleCanNoLongerAssumeTheDestinationRole() {
        Scenario s = Scenario.of(58);
        String keepMe = "{\"Version\":\"2012-10-17\",\"Statement\":[" + FlociApplyScenariosTest.KEEP_ME + "]}";
        try (IamClient source = FlociAccount.root(s.source()).iam();
                IamClient destination = FlociAccount.root(s.destination()).iam()) {
            source.createRole(r -> r.roleName(s.sourceRole()).assumeRolePolicyDocument(ECS_TASKS_TRUST));
            destination.createRole(r -> r.roleName(s.destinationRole()).assumeRolePolicyDocument(keepMe));
        }
        Run wiring = appliedAndSettled(s.seed003(false, false));
        assertThat(LiveHop.identityAfterHop(s)).isEqualTo(s.destination());

        Run unwire = unwound(wiring);

        assertThat(unwire.status()).isEqualTo(RunStatus.VERIFIED);
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            String trust = destination
                    .getRole(r -> r.roleName(s.destinationRole()))
                    .role()
                    .assumeRolePolicyDocument();
            assertThat(trust).contains("KeepMe").doesNotContain(s.sourceRoleArn());
        }
        assertThatThrownBy(() -> LiveHop.identityAfterHop(s)).isInstanceOf(StsException.class);
    }

    @Test
    void anInlinePolicyEditedByHandIsShownToTheApprover() {
        Scenario s = Scenario.of(59);
        Run wiring = appliedAndSettled(s.seed003(true, true));
        String policyName = step(wiring.id(), "source.policy").target();
        try (IamClient source = FlociAccount.root(s.source()).iam()) {
            String name = source.listRolePolicies(r -> r.roleName(s.sourceRole()))
                    .policyNames()
                    .get(0);
            source.putRolePolicy(r -> r.roleName(s.sourceRole())
                    .policyName(name)
                    .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}"));
        }
        assertThat(policyName).isNotBlank();
        assertThat(drift.checkNow(wiring.id()))
                .as("the edit is drift while the wiring is in force")
                .isPresent();

        Run unwire = unwires.start(wiring.id(), OPERATOR);
        LivePlan plan = plans.refresh(unwire.id(), ADMIN);

        assertThat(resource(plan, "source.policy").change()).isEqualTo(Change.DELETE);
        assertThat(resource(plan, "source.policy").noteCode()).isEqualTo("apply.note.unwire.policyEdited");
        assertThat(plan.findings()).anyMatch(f -> "UNWIRE_POLICY_EDITED".equals(f.code()));
        approvals.approve(unwire.id(), ADMIN, plan.hash());
        applies.apply(unwire.id(), OPERATOR);
        assertThat(settle(unwire.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(drift.drifted(100))
                .as("an un-wired wiring's drift is over")
                .extracting(DriftWatch.Drift::runId)
                .doesNotContain(wiring.id());
    }

    @Test
    void aRunThatIsNotVerifiedCannotBeUnwired() {
        Scenario s = Scenario.of(55);
        Run submitted = runs.find(approved(s.seed003(true, true)).id()).orElseThrow();

        assertThatThrownBy(() -> unwires.start(submitted.id(), OPERATOR))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.NOT_UNWIRABLE));
        assertThat(runs.unwireOf(submitted.id())).isEmpty();
    }

    /** Started by the operator, approved by the admin against the live plan, applied, settled. */
    /**
     * Scenario 37: a policy attached by hand to a role the wiring created. IAM refuses to delete the
     * role; the un-wire stops there, says why, and continues from that step once the policy is off.
     */
    @Test
    void aRoleWithAPolicyAttachedByHandStopsTheUnwireAtItsDeleteAndARetryFinishesIt() {
        Scenario s = Scenario.of(37);
        Run wiring = appliedAndSettled(s.seed003(true, true));
        String readOnly;
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            readOnly = destination
                    .createPolicy(r -> r.policyName("by-hand-" + SUFFIX)
                            .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                    + "\"Action\":\"s3:ListAllMyBuckets\",\"Resource\":\"*\"}]}"))
                    .policy()
                    .arn();
            destination.attachRolePolicy(r -> r.roleName(s.destinationRole()).policyArn(readOnly));
        }

        Run unwire = unwound(wiring);

        assertThat(unwire.status()).isEqualTo(RunStatus.FAILED);
        ApplyStep refused = step(unwire.id(), "destination.role");
        assertThat(refused.outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(refused.errorCode()).isEqualTo("DeleteConflict");
        assertThat(refused.requestId()).isNotBlank();
        assertThat(refused.message()).contains("attached by hand", "retry");
        assertThat(step(unwire.id(), "source.role").outcome()).isEqualTo(StepOutcome.DONE);
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            destination.detachRolePolicy(r -> r.roleName(s.destinationRole()).policyArn(readOnly));
        }

        applies.retry(unwire.id(), OPERATOR);

        assertThat(settle(unwire.id()).status()).isEqualTo(RunStatus.VERIFIED);
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            assertThatThrownBy(() -> destination.getRole(r -> r.roleName(s.destinationRole())))
                    .isInstanceOf(NoSuchEntityException.class);
        }
    }

    private Run unwound(Run wiring) {
        Run unwire = unwireApproved(wiring);
        applies.apply(unwire.id(), OPERATOR);
        return settle(unwire.id());
    }

    private Run unwireApproved(Run wiring) {
        Run unwire = unwires.start(wiring.id(), OPERATOR);
        assertThat(unwire.status()).isEqualTo(RunStatus.SUBMITTED);
        LivePlan seen = plans.refresh(unwire.id(), ADMIN);
        return approvals.approve(unwire.id(), ADMIN, seen.hash());
    }

    private List<String> kinds(long runId) {
        return eventLog.eventsOf(runId).stream().map(RunEvent::type).toList();
    }
}
