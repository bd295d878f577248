package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.apply.Change;
import io.rolewire.wiring.DesiredResource.Ownership;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule per resource type, without AWS: what the plan shows and what each step checks before writing. */
class DecisionsTest {

    private static final String SOURCE_ARN = "arn:aws:iam::111122223333:role/task";
    private static final WiringInput INPUT = new WiringInput(
            Workload.ECS_TASK,
            "us-east-1",
            new SourceRole("111122223333", "task", true),
            new DestinationRole("555566667777", "target", false, List.of()),
            new EcsTaskOptions("family", "app", "image", 100, 200, LaunchType.EC2, null, false),
            null);
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"],\"Resource\":\"arn:aws:iam::555566667777:role/target\"}]}";

    private final Decisions decisions = new Decisions(new Wiring());

    @Test
    void aPolicyThatDiffersOnlyInActionOrderIsUnchanged() {
        String reordered =
                POLICY.replace("\"sts:AssumeRole\",\"sts:TagSession\"", "\"sts:TagSession\",\"sts:AssumeRole\"");

        Decision decision = decisions.decide(spec(ResourceType.INLINE_POLICY, POLICY), live(reordered), INPUT);

        assertThat(decision.change()).isEqualTo(Change.UNCHANGED);
    }

    @Test
    void aPolicyWithAnotherResourceIsAnUpdateAndAMissingOneACreate() {
        String other = POLICY.replace("target", "elsewhere");

        assertThat(decisions
                        .decide(spec(ResourceType.INLINE_POLICY, POLICY), live(other), INPUT)
                        .change())
                .isEqualTo(Change.UPDATE);
        assertThat(decisions
                        .decide(spec(ResourceType.INLINE_POLICY, POLICY), LiveResource.ABSENT, INPUT)
                        .change())
                .isEqualTo(Change.CREATE);
    }

    @Test
    void aMissingRoleTheRunDoesNotCreateIsBlocked() {
        ResourceSpec role = Specs.destinationRole("target", null, Ownership.MUST_EXIST);

        Decision decision = decisions.decide(role, LiveResource.ABSENT, INPUT);

        assertThat(decision.change()).isEqualTo(Change.BLOCKED);
        assertThat(decision.note()).isEqualTo(Note.of("apply.note.roleMissing", "target", "555566667777"));
    }

    @Test
    void theDestinationTrustIsTheMergeOfTheLiveOneAndOurStatement() {
        String live = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Keep\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

        Decision decision = decisions.decide(spec(ResourceType.TRUST_POLICY, null), live(live), INPUT);

        assertThat(decision.change()).isEqualTo(Change.UPDATE);
        assertThat(decision.write()).contains("Keep", "ec2.amazonaws.com", SOURCE_ARN);
        Decision again = decisions.decide(spec(ResourceType.TRUST_POLICY, null), live(decision.write()), INPUT);
        assertThat(again.change()).isEqualTo(Change.UNCHANGED);
    }

    @Test
    void theLatestTaskDefinitionIsInPlaceWhenEveryRenderedFieldMatchesWhateverEcsAdded() {
        String desired = "{\"family\":\"family\",\"taskRoleArn\":\"" + SOURCE_ARN + "\",\"containerDefinitions\":"
                + "[{\"name\":\"app\",\"image\":\"image\",\"cpu\":100,\"memory\":200,\"essential\":true}]}";
        String registered = "{\"family\":\"family\",\"taskRoleArn\":\"" + SOURCE_ARN + "\",\"networkMode\":\"bridge\","
                + "\"containerDefinitions\":[{\"name\":\"app\",\"image\":\"image\",\"cpu\":100,\"memory\":200,"
                + "\"essential\":true}]}";

        assertThat(decisions
                        .decide(spec(ResourceType.TASK_DEFINITION, desired), live(registered), INPUT)
                        .change())
                .isEqualTo(Change.UNCHANGED);
        assertThat(decisions
                        .decide(
                                spec(ResourceType.TASK_DEFINITION, desired),
                                live(registered.replace("\"image\":\"image\"", "\"image\":\"old\"")),
                                INPUT)
                        .change())
                .isEqualTo(Change.UPDATE);
    }

    @Test
    void anExistingSourceRoleKeepsItsTrustAndThePlanSaysSoWhenItDiffers() {
        String ours = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
        String theirs = ours.replace("ecs-tasks", "ec2");

        Decision differs = decisions.decide(spec(ResourceType.ROLE, ours), live(theirs), INPUT);
        Decision same = decisions.decide(spec(ResourceType.ROLE, ours), live(ours), INPUT);

        assertThat(differs.change()).isEqualTo(Change.UNCHANGED);
        assertThat(differs.note()).isEqualTo(Note.of("apply.note.roleTrustDiffers"));
        assertThat(same.note()).isNull();
    }

    @Test
    void anInstanceProfileHoldingAnotherRoleIsBlocked() {
        ResourceSpec profileRole = Specs.profileRole("profile", "task");
        LiveResource holdsOther = new LiveResource(true, "arn", null, List.of("someone-else"), "r");

        assertThat(decisions.decide(profileRole, holdsOther, INPUT).change()).isEqualTo(Change.BLOCKED);
    }

    private static ResourceSpec spec(ResourceType type, String desired) {
        return switch (type) {
            case ROLE -> Specs.sourceRole("task", desired, Ownership.CREATE_WHEN_ABSENT);
            case INLINE_POLICY -> Specs.inlinePolicy("task", "name", desired);
            case MANAGED_POLICY -> Specs.managedPolicy("task", desired);
            case TRUST_POLICY -> Specs.destinationTrust("task", desired);
            case TASK_DEFINITION -> Specs.taskDefinition("name", "task", desired);
            case INSTANCE_PROFILE_ROLE -> Specs.profileRole("name", "task");
            default -> throw new IllegalArgumentException("no document: " + type);
        };
    }

    private static LiveResource live(String document) {
        return LiveResource.of("id", document, "request-1");
    }
}
