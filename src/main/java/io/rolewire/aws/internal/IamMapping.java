package io.rolewire.aws.internal;

import io.rolewire.aws.LiveInstanceProfile;
import io.rolewire.aws.LiveRole;
import io.rolewire.wiring.Wiring;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.Role;

/** SDK IAM shapes into our records. */
final class IamMapping {

    private IamMapping() {}

    static LiveRole role(Wiring wiring, Role role, String requestId) {
        return new LiveRole(
                role.roleName(),
                role.arn(),
                role.roleId(),
                PolicyText.decode(wiring, role.assumeRolePolicyDocument()),
                requestId);
    }

    static LiveInstanceProfile instanceProfile(InstanceProfile profile, String requestId) {
        return new LiveInstanceProfile(
                profile.instanceProfileName(),
                profile.arn(),
                profile.roles().stream().map(Role::roleName).toList(),
                requestId);
    }
}
