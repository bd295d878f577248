package io.rolewire.web.picture;

import static io.rolewire.web.picture.PictureMarks.keys;
import static io.rolewire.web.picture.PictureMarks.prefix;

import io.rolewire.apply.Side;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.WiringInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The destination account's boxes: the trust policy that lets the source role in, the role, and
 * the managed policies Rolewire attaches (only to a role it creates, so none for an existing one).
 */
final class DestinationBoxes {

    private DestinationBoxes() {}

    static List<PictureBox> of(WiringInput input, PictureMarks marks) {
        DestinationRole role = input.destination();
        boolean create = role.create();
        List<WiringPicture.Slot> slots = new ArrayList<>();
        slots.add(new WiringPicture.Slot(
                "picture-destination-trust",
                "picture.kind.trustPolicy",
                role.roleName(),
                1,
                marks.of(keys("destination.trust"), create ? PictureMark.CREATE : PictureMark.WRITE)));
        slots.add(new WiringPicture.Slot(
                "picture-destination-role",
                "picture.kind.destinationRole",
                role.roleName(),
                1,
                marks.of(keys("destination.role"), create ? PictureMark.CREATE : PictureMark.EXISTING)));
        if (create && !role.managedPolicyArns().isEmpty()) {
            slots.add(new WiringPicture.Slot(
                    "picture-destination-policies",
                    "picture.kind.managedPolicies",
                    policyNames(role.managedPolicyArns()),
                    role.managedPolicyArns().size(),
                    marks.of(prefix("destination.managedPolicy."), PictureMark.CREATE)));
        }
        return WiringPicture.stack(Side.DESTINATION, slots);
    }

    /** "ReadOnlyAccess, SecurityAudit": the names after the last slash, the ARNs are in the inputs. */
    private static String policyNames(List<String> arns) {
        return String.join(
                ", ",
                arns.stream()
                        .map(arn -> arn.substring(arn.lastIndexOf('/') + 1))
                        .toList());
    }
}
