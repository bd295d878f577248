package io.rolewire.apply.internal;

import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AttachedPolicies;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.LiveInstanceProfile;
import io.rolewire.aws.LiveRole;
import io.rolewire.aws.TaskDefinitionRevision;
import java.util.Optional;

/** Reads one resource from its account: what the plan compares and each step checks before writing. */
final class LiveReads {

    private LiveReads() {}

    static LiveResource read(AccountSession session, ResourceSpec spec) {
        return switch (spec.type()) {
            case ROLE, TRUST_POLICY, ROLE_DELETE, TRUST_STATEMENT_REMOVE ->
                role(session.iam().role(spec.roleName()));
            case INLINE_POLICY, INLINE_POLICY_DELETE ->
                session.iam()
                        .rolePolicy(spec.roleName(), spec.name())
                        .map(p -> LiveResource.of(p.policyName(), p.document(), p.requestId()))
                        .orElse(LiveResource.ABSENT);
            case MANAGED_POLICY, MANAGED_POLICY_DETACH -> attachments(session, spec.roleName());
            case INSTANCE_PROFILE, INSTANCE_PROFILE_ROLE, INSTANCE_PROFILE_DELETE, INSTANCE_PROFILE_ROLE_REMOVE ->
                profile(session.iam().instanceProfile(spec.name()));
            case TASK_DEFINITION ->
                session.ecs()
                        .latest(spec.name())
                        .map(t -> LiveResource.of(t.arn(), t.document(), t.requestId()))
                        .orElse(LiveResource.ABSENT);
            case TASK_DEFINITION_DEREGISTER -> revision(session, spec.arn());
        };
    }

    /** Two specs with the same key read the same thing the same way: one call serves both. */
    static String sameReadAs(ResourceSpec spec) {
        return switch (spec.type()) {
            case ROLE, TRUST_POLICY, ROLE_DELETE, TRUST_STATEMENT_REMOVE -> "GetRole " + spec.roleName();
            default -> spec.type() + " " + spec.key();
        };
    }

    /** Present while the revision is ACTIVE: an INACTIVE one is deregistered already. */
    private static LiveResource revision(AccountSession session, String revisionArn) {
        return session.ecs()
                .revision(revisionArn)
                .filter(TaskDefinitionRevision::active)
                .map(r -> LiveResource.of(r.arn(), null, r.requestId()))
                .orElse(LiveResource.ABSENT);
    }

    private static LiveResource role(Optional<LiveRole> role) {
        return role.map(r -> LiveResource.of(r.roleId(), r.trustPolicy(), r.requestId()))
                .orElse(LiveResource.ABSENT);
    }

    /** Present when the role exists; {@code members} are its attached policy ARNs. */
    private static LiveResource attachments(AccountSession session, String roleName) {
        try {
            AttachedPolicies attached = session.iam().attachedPolicies(roleName);
            return new LiveResource(true, roleName, null, attached.policyArns(), attached.requestId());
        } catch (AwsCallFailed e) {
            if (e.notFound()) {
                return LiveResource.ABSENT;
            }
            throw e;
        }
    }

    private static LiveResource profile(Optional<LiveInstanceProfile> profile) {
        return profile.map(p -> new LiveResource(true, p.arn(), null, p.roleNames(), p.requestId()))
                .orElse(LiveResource.ABSENT);
    }
}
