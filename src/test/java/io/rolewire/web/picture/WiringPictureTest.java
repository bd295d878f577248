package io.rolewire.web.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WiringPictureTest {

    @Test
    void creatingBothRolesMarksEveryBoxCreateAndThePoliciesBoxCountsThem() {
        WiringPicture picture = WiringPicture.of(
                ecs(
                        true,
                        new DestinationRole(
                                "555566667777",
                                "dest",
                                true,
                                List.of(
                                        "arn:aws:iam::aws:policy/ReadOnlyAccess",
                                        "arn:aws:iam::aws:policy/SecurityAudit"))),
                null,
                false);

        assertThat(marks(picture))
                .containsOnly(
                        Map.entry("picture-workload", PictureMark.CREATE),
                        Map.entry("picture-source-role", PictureMark.CREATE),
                        Map.entry("picture-source-policy", PictureMark.CREATE),
                        Map.entry("picture-destination-trust", PictureMark.CREATE),
                        Map.entry("picture-destination-role", PictureMark.CREATE),
                        Map.entry("picture-destination-policies", PictureMark.CREATE));
        PictureBox policies = picture.destination().get(2);
        assertThat(policies.name()).isEqualTo("ReadOnlyAccess, SecurityAudit");
        assertThat(policies.count()).isEqualTo(2);
        assertThat(picture.live()).isFalse();
    }

    @Test
    void existingRolesAreLeftAloneTheirPoliciesWrittenAndNoManagedPoliciesAttached() {
        WiringPicture picture = WiringPicture.of(
                ecs(false, new DestinationRole("555566667777", "dest", false, List.of("arn:aws:iam::aws:policy/X"))),
                null,
                false);

        assertThat(marks(picture))
                .containsOnly(
                        Map.entry("picture-workload", PictureMark.CREATE),
                        Map.entry("picture-source-role", PictureMark.EXISTING),
                        Map.entry("picture-source-policy", PictureMark.WRITE),
                        Map.entry("picture-destination-trust", PictureMark.WRITE),
                        Map.entry("picture-destination-role", PictureMark.EXISTING));
        assertThat(picture.marks()).containsExactly(PictureMark.WRITE, PictureMark.CREATE, PictureMark.EXISTING);
    }

    @Test
    void aLivePlanDecidesTheMarksAndTheStrongestChangeOfABoxWins() {
        LivePlan plan = plan(
                resource("source.role", Change.UNCHANGED),
                resource("source.policy", Change.UNCHANGED),
                resource("source.ecsExecPolicy", Change.UPDATE),
                resource("task.definition", Change.UNCHANGED),
                resource("destination.role", Change.UNKNOWN),
                resource("destination.trust", Change.BLOCKED));

        WiringPicture picture = WiringPicture.of(ecs(false, existingDestination()), plan, false);

        assertThat(picture.live()).isTrue();
        assertThat(marks(picture))
                .containsOnly(
                        Map.entry("picture-workload", PictureMark.UNCHANGED),
                        Map.entry("picture-source-role", PictureMark.UNCHANGED),
                        Map.entry("picture-source-policy", PictureMark.UPDATE),
                        Map.entry("picture-destination-trust", PictureMark.BLOCKED),
                        Map.entry("picture-destination-role", PictureMark.UNKNOWN));
    }

    @Test
    void afterAnApplyWhatThePlanWouldCreateOrUpdateAgainIsDrift() {
        LivePlan plan = plan(
                resource("source.role", Change.CREATE),
                resource("source.policy", Change.UNCHANGED),
                resource("destination.trust", Change.UPDATE));

        WiringPicture picture = WiringPicture.of(ecs(true, existingDestination()), plan, true);

        assertThat(marks(picture))
                .containsEntry("picture-source-role", PictureMark.DRIFT)
                .containsEntry("picture-source-policy", PictureMark.UNCHANGED)
                .containsEntry("picture-destination-trust", PictureMark.DRIFT);
    }

    @Test
    void aPlanReadWithAwsAccessOffSaysNothingSoTheInputsDecide() {
        LivePlan off = new LivePlan(1, "h", Instant.EPOCH, false, List.of(), List.of(), List.of());

        WiringPicture picture = WiringPicture.of(ecs(true, existingDestination()), off, false);

        assertThat(picture.live()).isFalse();
        assertThat(marks(picture)).containsEntry("picture-source-role", PictureMark.CREATE);
    }

    @Test
    void anEc2InstanceShowsItsInstanceProfileAndInstanceRole() {
        WiringInput input = new WiringInput(
                Workload.EC2_INSTANCE,
                "us-east-1",
                new SourceRole("111122223333", "app-instance-role", true),
                existingDestination(),
                null,
                new Ec2InstanceOptions("app-profile"));

        WiringPicture picture = WiringPicture.of(input, null, false);

        assertThat(picture.source())
                .extracting(PictureBox::kindKey, PictureBox::name)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("picture.kind.instanceProfile", "app-profile"),
                        org.assertj.core.groups.Tuple.tuple("picture.kind.instanceRole", "app-instance-role"));
        assertThat(picture.ecs()).isFalse();
    }

    @Test
    void boxesArePlacedInsideThePictureAndTheArrowGoesFromRoleToRole() {
        WiringPicture picture = WiringPicture.of(ecs(true, existingDestination()), null, false);

        assertThat(picture.boxes()).allSatisfy(box -> {
            assertThat(box.x()).isGreaterThan(0);
            assertThat(box.right()).isLessThan(picture.width());
            assertThat(box.bottom()).isLessThan(picture.height());
        });
        assertThat(picture.sourceRole().id()).isEqualTo("picture-source-role");
        assertThat(picture.destinationRole().id()).isEqualTo("picture-destination-role");
        assertThat(picture.sourceRole().middleY())
                .isEqualTo(picture.destinationRole().middleY());
        assertThat(picture.sourceRole().right())
                .isLessThan(picture.destinationRole().x());
    }

    @Test
    void aLongNameIsCutInTheBoxButKeptWhole() {
        PictureBox box =
                new PictureBox("id", Side.SOURCE, "picture.kind.taskRole", "r".repeat(64), 1, PictureMark.CREATE, 0, 0);

        assertThat(box.shortName()).hasSize(PictureBox.NAME_CHARACTERS).endsWith("…");
        assertThat(box.name()).hasSize(64);
    }

    private static Map<String, PictureMark> marks(WiringPicture picture) {
        return picture.boxes().stream().collect(Collectors.toMap(PictureBox::id, PictureBox::mark));
    }

    private static DestinationRole existingDestination() {
        return new DestinationRole("555566667777", "dest", false, List.of());
    }

    private static WiringInput ecs(boolean createSource, DestinationRole destination) {
        return new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", "task-role", createSource),
                destination,
                new EcsTaskOptions("family", "app", "image", 256, 512, LaunchType.FARGATE, null, false),
                null);
    }

    private static LivePlan plan(PlannedResource... resources) {
        return new LivePlan(
                1,
                "hash",
                Instant.EPOCH,
                true,
                List.of(
                        new AccountReach(Side.SOURCE, "111122223333", true, "arn", null),
                        new AccountReach(Side.DESTINATION, "555566667777", true, "arn", null)),
                List.of(resources),
                List.of());
    }

    private static PlannedResource resource(String key, Change change) {
        Side side = key.startsWith("destination") ? Side.DESTINATION : Side.SOURCE;
        return new PlannedResource(key, side, "111122223333", "kind", "name", change, null, null, null, null, null);
    }
}
