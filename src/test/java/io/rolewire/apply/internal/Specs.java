package io.rolewire.apply.internal;

import io.rolewire.apply.Side;
import io.rolewire.wiring.AccountId;
import io.rolewire.wiring.DesiredResource;
import io.rolewire.wiring.DesiredResource.Ownership;
import io.rolewire.wiring.RoleArn;

/** Resource specs for decision tests, named by what they are rather than by ten positional fields. */
final class Specs {

    static final String SOURCE_ACCOUNT = "111122223333";
    static final String DESTINATION_ACCOUNT = "555566667777";

    private Specs() {}

    static ResourceSpec sourceRole(String name, String trust, Ownership ownership) {
        return new ResourceSpec(
                Side.SOURCE, new DesiredResource.Role("source.role", role(SOURCE_ACCOUNT, name), trust, ownership));
    }

    static ResourceSpec destinationRole(String name, String trust, Ownership ownership) {
        return new ResourceSpec(
                Side.DESTINATION,
                new DesiredResource.Role("destination.role", role(DESTINATION_ACCOUNT, name), trust, ownership));
    }

    static ResourceSpec destinationTrust(String roleName, String document) {
        return new ResourceSpec(
                Side.DESTINATION,
                new DesiredResource.TrustPolicy("destination.trust", role(DESTINATION_ACCOUNT, roleName), document));
    }

    static ResourceSpec inlinePolicy(String roleName, String policyName, String document) {
        return new ResourceSpec(
                Side.SOURCE,
                new DesiredResource.InlinePolicy(
                        "source.policy", role(SOURCE_ACCOUNT, roleName), policyName, document));
    }

    static ResourceSpec managedPolicy(String roleName, String policyArn) {
        return new ResourceSpec(
                Side.SOURCE,
                new DesiredResource.ManagedPolicyAttachment(
                        "execution.managedPolicy.1", role(SOURCE_ACCOUNT, roleName), policyArn));
    }

    static ResourceSpec profileRole(String profile, String roleName) {
        return new ResourceSpec(
                Side.SOURCE,
                new DesiredResource.InstanceProfileRole(
                        "instance.profile.role",
                        AccountId.of(SOURCE_ACCOUNT),
                        profile,
                        "arn:aws:iam::" + SOURCE_ACCOUNT + ":instance-profile/" + profile,
                        role(SOURCE_ACCOUNT, roleName)));
    }

    static ResourceSpec taskDefinition(String family, String taskRole, String document) {
        return new ResourceSpec(
                Side.SOURCE,
                new DesiredResource.TaskDefinition(
                        "task.definition",
                        AccountId.of(SOURCE_ACCOUNT),
                        family,
                        document,
                        "arn:aws:ecs:eu-west-1:" + SOURCE_ACCOUNT + ":task-definition/" + family,
                        role(SOURCE_ACCOUNT, taskRole)));
    }

    static RoleArn role(String account, String name) {
        return new RoleArn("aws", account, name);
    }
}
