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
    TASK_DEFINITION("ecs", "RegisterTaskDefinition");

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

    String service() {
        return service;
    }

    String action() {
        return action;
    }
}
