package io.rolewire.web.picture;

import static io.rolewire.web.picture.PictureMarks.keys;
import static io.rolewire.web.picture.PictureMarks.prefix;

import io.rolewire.apply.Side;
import io.rolewire.wiring.InlinePolicyNames;
import io.rolewire.wiring.WiringInput;
import java.util.List;

/** The source account's boxes: the workload, the role it runs as, that role's permission policy. */
final class SourceBoxes {

    private SourceBoxes() {}

    static List<PictureBox> of(WiringInput input, PictureMarks marks) {
        boolean create = input.source().create();
        return WiringPicture.stack(
                Side.SOURCE,
                List.of(
                        workload(input, marks),
                        new WiringPicture.Slot(
                                "picture-source-role",
                                WiringPicture.ecs(input) ? "picture.kind.taskRole" : "picture.kind.instanceRole",
                                input.source().roleName(),
                                1,
                                marks.of(keys("source.role"), create ? PictureMark.CREATE : PictureMark.EXISTING)),
                        new WiringPicture.Slot(
                                "picture-source-policy",
                                "picture.kind.permissionPolicy",
                                InlinePolicyNames.assumeDestination(input.destination()),
                                1,
                                marks.of(
                                        keys("source.policy", "source.ecsExecPolicy"),
                                        create ? PictureMark.CREATE : PictureMark.WRITE))));
    }

    /** A task definition registers a new revision; an instance profile is always Rolewire's. */
    private static WiringPicture.Slot workload(WiringInput input, PictureMarks marks) {
        if (WiringPicture.ecs(input)) {
            return new WiringPicture.Slot(
                    "picture-workload",
                    "picture.kind.task",
                    input.ecs() == null ? "" : input.ecs().family(),
                    1,
                    marks.of(keys("task.definition"), PictureMark.CREATE));
        }
        return new WiringPicture.Slot(
                "picture-workload",
                "picture.kind.instanceProfile",
                input.ec2() == null ? "" : input.ec2().instanceProfileName(),
                1,
                marks.of(prefix("instance.profile"), PictureMark.CREATE));
    }
}
