package io.rolewire.apply.internal;

import io.rolewire.apply.Side;
import io.rolewire.wiring.DesiredResource;
import io.rolewire.wiring.DesiredResource.InlinePolicy;
import io.rolewire.wiring.DesiredResource.InstanceProfile;
import io.rolewire.wiring.DesiredResource.InstanceProfileRole;
import io.rolewire.wiring.DesiredResource.ManagedPolicyAttachment;
import io.rolewire.wiring.DesiredResource.Ownership;
import io.rolewire.wiring.DesiredResource.Role;
import io.rolewire.wiring.DesiredResource.TaskDefinition;
import io.rolewire.wiring.DesiredResource.TrustPolicy;

/**
 * One resource a run wants ({@link DesiredResource}, from wiring) in the account of {@code side}:
 * the accessors are what reading, deciding and writing it needs, derived from its type.
 *
 * @param removes an un-wire takes the resource away (ADR 018) instead of making it
 */
record ResourceSpec(Side side, DesiredResource resource, boolean removes) {

    ResourceSpec(Side side, DesiredResource resource) {
        this(side, resource, false);
    }

    String key() {
        return resource.key();
    }

    String accountId() {
        return resource.account().value();
    }

    String name() {
        return resource.name();
    }

    String arn() {
        return resource.arn();
    }

    ResourceType type() {
        return removes ? removal(made()) : made();
    }

    private static ResourceType removal(ResourceType made) {
        return switch (made) {
            case ROLE -> ResourceType.ROLE_DELETE;
            case INLINE_POLICY -> ResourceType.INLINE_POLICY_DELETE;
            case MANAGED_POLICY -> ResourceType.MANAGED_POLICY_DETACH;
            case TRUST_POLICY -> ResourceType.TRUST_STATEMENT_REMOVE;
            case INSTANCE_PROFILE -> ResourceType.INSTANCE_PROFILE_DELETE;
            case INSTANCE_PROFILE_ROLE -> ResourceType.INSTANCE_PROFILE_ROLE_REMOVE;
            case TASK_DEFINITION -> ResourceType.TASK_DEFINITION_DEREGISTER;
            default -> throw new IllegalStateException("no removal of " + made);
        };
    }

    private ResourceType made() {
        if (resource instanceof Role) {
            return ResourceType.ROLE;
        } else if (resource instanceof InlinePolicy) {
            return ResourceType.INLINE_POLICY;
        } else if (resource instanceof ManagedPolicyAttachment) {
            return ResourceType.MANAGED_POLICY;
        } else if (resource instanceof TrustPolicy) {
            return ResourceType.TRUST_POLICY;
        } else if (resource instanceof TaskDefinition) {
            return ResourceType.TASK_DEFINITION;
        } else if (resource instanceof InstanceProfile) {
            return ResourceType.INSTANCE_PROFILE;
        } else if (resource instanceof InstanceProfileRole) {
            return ResourceType.INSTANCE_PROFILE_ROLE;
        }
        throw new IllegalStateException("no resource type for " + resource);
    }

    /** The role the resource belongs to (for a role: itself). */
    String roleName() {
        return resource.role().roleName();
    }

    /**
     * What a write sends: a trust policy for a role, the policy, the task definition; the managed
     * policy ARN for an attachment; the role name added to a profile; null when nothing is sent.
     */
    String desired() {
        if (resource instanceof Role role) {
            return role.trustPolicy();
        } else if (resource instanceof InlinePolicy policy) {
            return policy.document();
        } else if (resource instanceof ManagedPolicyAttachment attachment) {
            return attachment.policyArn();
        } else if (resource instanceof TrustPolicy trust) {
            return trust.document();
        } else if (resource instanceof TaskDefinition task) {
            return task.document();
        } else if (resource instanceof InstanceProfileRole profileRole) {
            return profileRole.role().roleName();
        }
        return null;
    }

    /** For a role: Rolewire creates it when absent (else it must exist). Everything else is made as needed. */
    boolean creates() {
        if (resource instanceof Role role) {
            return role.ownership() == Ownership.CREATE_WHEN_ABSENT;
        }
        return !(resource instanceof TrustPolicy);
    }

    /**
     * Names the source role as a principal: IAM may refuse it for a while right after the role was
     * created ("Invalid principal"), so its writes wait for the role to propagate.
     */
    boolean waitsForSourceRole() {
        return !removes && side == Side.DESTINATION && (resource instanceof Role || resource instanceof TrustPolicy);
    }
}
