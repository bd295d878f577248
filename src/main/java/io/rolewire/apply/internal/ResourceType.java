package io.rolewire.apply.internal;

/** The kinds of resource an apply writes; each has one read, one decision rule and one write. */
enum ResourceType {
    ROLE("IAM role", "iam", "CreateRole"),
    INLINE_POLICY("Inline policy", "iam", "PutRolePolicy"),
    MANAGED_POLICY("Managed policy attachment", "iam", "AttachRolePolicy"),
    TRUST_POLICY("Trust policy (merged)", "iam", "UpdateAssumeRolePolicy"),
    INSTANCE_PROFILE("Instance profile", "iam", "CreateInstanceProfile"),
    INSTANCE_PROFILE_ROLE("Role in instance profile", "iam", "AddRoleToInstanceProfile"),
    TASK_DEFINITION("Task definition", "ecs", "RegisterTaskDefinition");

    private final String label;
    private final String service;
    private final String action;

    ResourceType(String label, String service, String action) {
        this.label = label;
        this.service = service;
        this.action = action;
    }

    String label() {
        return label;
    }

    String service() {
        return service;
    }

    String action() {
        return action;
    }
}
