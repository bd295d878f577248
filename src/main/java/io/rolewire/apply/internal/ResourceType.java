package io.rolewire.apply.internal;

import io.rolewire.apply.PlannedResource;

/**
 * The kinds of resource an apply writes; each has one read, one decision rule and one write. What
 * people call each kind is in the bundles, under {@link #messageCode()}.
 */
enum ResourceType {
    ROLE("iam", "CreateRole"),
    INLINE_POLICY("iam", "PutRolePolicy"),
    MANAGED_POLICY("iam", "AttachRolePolicy"),
    TRUST_POLICY("iam", "UpdateAssumeRolePolicy"),
    INSTANCE_PROFILE("iam", "CreateInstanceProfile"),
    INSTANCE_PROFILE_ROLE("iam", "AddRoleToInstanceProfile"),
    TASK_DEFINITION("ecs", "RegisterTaskDefinition"),
    // un-wire (ADR 018): each takes away what the type above it added
    ROLE_DELETE("iam", "DeleteRole"),
    INLINE_POLICY_DELETE("iam", "DeleteRolePolicy"),
    MANAGED_POLICY_DETACH("iam", "DetachRolePolicy"),
    TRUST_STATEMENT_REMOVE("iam", "UpdateAssumeRolePolicy"),
    INSTANCE_PROFILE_DELETE("iam", "DeleteInstanceProfile"),
    INSTANCE_PROFILE_ROLE_REMOVE("iam", "RemoveRoleFromInstanceProfile"),
    TASK_DEFINITION_DEREGISTER("ecs", "DeregisterTaskDefinition");

    private final String service;
    private final String action;

    ResourceType(String service, String action) {
        this.service = service;
        this.action = action;
    }

    /** The message key of this kind's name ("IAM role"), the same key pages use for {@code PlannedResource.type}. */
    String messageCode() {
        return PlannedResource.TYPE_MESSAGE_PREFIX + name();
    }

    /** Replaces the whole trust document of a role: one at a time per role ({@link TrustLocks}). */
    boolean writesTrust() {
        return this == TRUST_POLICY || this == TRUST_STATEMENT_REMOVE;
    }

    String service() {
        return service;
    }

    String action() {
        return action;
    }
}
