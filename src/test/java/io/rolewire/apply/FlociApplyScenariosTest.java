package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.FlociAccount;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/** Seed 003 against Floci: from nothing, into an existing destination or source role, and again. */
class FlociApplyScenariosTest extends FlociApplyContext {

    static final String KEEP_ME = "{\"Sid\":\"KeepMe\",\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}";

    @Test
    void seed003FromNothingEndsVerifiedAndTheSourceRoleReallyReachesTheDestination() {
        Scenario s = Scenario.of(1);

        Run run = appliedAndSettled(s.seed003(true, true));

        assertThat(run.status()).isEqualTo(RunStatus.VERIFIED);
        ApplyProgress progress = applies.progress(run.id());
        assertThat(progress.steps())
                .extracting(ApplyStep::key)
                .startsWith("source.role")
                .contains("source.policy", "task.definition", "destination.role");
        assertThat(progress.steps()).extracting(ApplyStep::outcome).containsOnly(StepOutcome.DONE, StepOutcome.SKIPPED);
        assertThat(progress.steps())
                .filteredOn(step -> step.outcome() == StepOutcome.DONE)
                .allSatisfy(step -> assertThat(step.requestId()).isNotBlank());
        assertThat(progress.verification()).hasValueSatisfying(v -> {
            assertThat(v.verified()).isTrue();
            assertThat(v.checks()).allSatisfy(c -> assertThat(c.passed()).isTrue());
        });
        try (IamClient source = FlociAccount.root(s.source()).iam();
                IamClient destination = FlociAccount.root(s.destination()).iam();
                EcsClient ecs = FlociAccount.root(s.source()).ecs()) {
            Role created = source.getRole(r -> r.roleName(s.sourceRole())).role();
            assertThat(source.listRoleTags(r -> r.roleName(s.sourceRole())).tags())
                    .extracting(Tag::value)
                    .contains(String.valueOf(run.id()));
            assertThat(created.assumeRolePolicyDocument()).contains("ecs-tasks.amazonaws.com");
            assertThat(destination
                            .getRole(r -> r.roleName(s.destinationRole()))
                            .role()
                            .assumeRolePolicyDocument())
                    .contains(s.sourceRoleArn());
            TaskDefinition task = ecs.describeTaskDefinition(r -> r.taskDefinition(s.family()))
                    .taskDefinition();
            assertThat(task.taskRoleArn()).isEqualTo(s.sourceRoleArn());
        }
        assertThat(LiveHop.identityAfterHop(s)).isEqualTo(s.destination());
    }

    @Test
    void anExistingDestinationRoleKeepsItsOtherTrustStatements() {
        Scenario s = Scenario.of(2);
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            destination.createRole(r -> r.roleName(s.destinationRole())
                    .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[" + KEEP_ME + "]}"));
        }
        Run run = approved(s.seed003(true, false));
        LivePlan plan = plans.latest(run.id()).orElseThrow();
        assertThat(resource(plan, "destination.trust").change()).isEqualTo(Change.UPDATE);
        assertThat(resource(plan, "destination.role").change()).isEqualTo(Change.UNCHANGED);

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(applies.progress(run.id()).steps())
                .filteredOn(step -> step.accountId().equals(s.destination()) && step.outcome() == StepOutcome.DONE)
                .extracting(ApplyStep::action)
                .containsExactly("UpdateAssumeRolePolicy");
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            assertThat(destination
                            .getRole(r -> r.roleName(s.destinationRole()))
                            .role()
                            .assumeRolePolicyDocument())
                    .contains("KeepMe", "ec2.amazonaws.com", s.sourceRoleArn());
        }
        assertThat(LiveHop.identityAfterHop(s)).isEqualTo(s.destination());
    }

    @Test
    void anExistingSourceRoleIsUsedAsItIs() {
        Scenario s = Scenario.of(3);
        try (IamClient source = FlociAccount.root(s.source()).iam()) {
            source.createRole(r -> r.roleName(s.sourceRole()).assumeRolePolicyDocument(ECS_TASKS_TRUST));
        }
        Run run = approved(s.seed003(false, true));
        assertThat(plans.latest(run.id()).orElseThrow().resources())
                .filteredOn(r -> r.key().equals("source.role"))
                .allSatisfy(r -> assertThat(r.change()).isEqualTo(Change.UNCHANGED));

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(applies.progress(run.id()).steps())
                .filteredOn(step -> step.outcome() == StepOutcome.DONE)
                .extracting(ApplyStep::key)
                .doesNotContain("source.role")
                .contains("source.policy", "task.definition", "destination.role");
        try (IamClient source = FlociAccount.root(s.source()).iam()) {
            assertThat(source.listRolePolicies(r -> r.roleName(s.sourceRole())).policyNames())
                    .hasSize(1);
        }
    }

    @Test
    void aSecondRunOfTheSameWiringPlansNothingAndWritesNothing() {
        Scenario s = Scenario.of(6);
        assertThat(appliedAndSettled(s.seed003(true, true)).status()).isEqualTo(RunStatus.VERIFIED);

        Run second = approved(s.seed003(true, true));
        assertThat(plans.latest(second.id()).orElseThrow().resources())
                .extracting(PlannedResource::change)
                .containsOnly(Change.UNCHANGED);
        applies.apply(second.id(), OPERATOR);

        assertThat(settle(second.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(applies.progress(second.id()).steps())
                .extracting(ApplyStep::outcome)
                .containsOnly(StepOutcome.SKIPPED);
        try (EcsClient ecs = FlociAccount.root(s.source()).ecs()) {
            List<String> revisions =
                    ecs.listTaskDefinitions(r -> r.familyPrefix(s.family())).taskDefinitionArns();
            assertThat(revisions).as("one registration, not two").hasSize(1);
        }
    }
}
