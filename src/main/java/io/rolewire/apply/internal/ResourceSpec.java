package io.rolewire.apply.internal;

import io.rolewire.apply.Side;

/**
 * One resource a run wants, derived from its inputs and documents.
 *
 * @param name the resource's own name (role, policy, profile, family)
 * @param roleName the role it belongs to (for policies and attachments), else the same as name
 * @param desired the document to write: a trust policy for a role, the policy, the task definition;
 *     the managed policy ARN for an attachment; null when nothing is written
 * @param creates for a role: Rolewire creates it when absent (else it must exist)
 * @param waitsForSourceRole names the source role as a principal: IAM may refuse it for a while
 *     right after the role was created
 * @param arn what the step reports as its target
 */
record ResourceSpec(
        String key,
        Side side,
        String accountId,
        ResourceType type,
        String name,
        String roleName,
        String desired,
        boolean creates,
        boolean waitsForSourceRole,
        String arn) {}
