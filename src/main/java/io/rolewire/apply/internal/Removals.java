package io.rolewire.apply.internal;

import io.rolewire.apply.Side;
import io.rolewire.runs.Run;
import io.rolewire.wiring.DesiredResource;
import io.rolewire.wiring.DesiredResource.InlinePolicy;
import io.rolewire.wiring.DesiredResource.InstanceProfile;
import io.rolewire.wiring.DesiredResource.InstanceProfileRole;
import io.rolewire.wiring.DesiredResource.ManagedPolicyAttachment;
import io.rolewire.wiring.DesiredResource.Role;
import io.rolewire.wiring.DesiredResource.TaskDefinition;
import io.rolewire.wiring.DesiredResource.TrustPolicy;
import io.rolewire.wiring.DesiredResources;
import io.rolewire.wiring.RoleArn;
import io.rolewire.wiring.Unwiring;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of an UNWIRE run (ADR 018): what the wiring run added, from its stored documents and
 * the run's {@link Unwiring}, in the order the removals may run. Our trust statement goes first (it
 * names the source role by ARN: once that role is deleted IAM would show an {@code AROA…} id
 * instead), a role goes last after everything on it. The execution role is never removed: other
 * task definitions may use it, and no wiring records that.
 */
final class Removals {

    private Removals() {}

    static List<ResourceSpec> of(Run run) {
        Unwiring unwiring = Unwiring.of(run.documents())
                .orElseThrow(() -> new IllegalStateException("run " + run.id() + " has no un-wire document"));
        DesiredResources desired = DesiredResources.of(run.input(), run.documents());
        RoleArn source = DesiredResources.sourceRole(run.input());
        RoleArn destination = DesiredResources.destinationRole(run.input());
        List<ResourceSpec> specs = new ArrayList<>();
        desired.destination().stream()
                .filter(TrustPolicy.class::isInstance)
                .forEach(trust -> specs.add(remove(Side.DESTINATION, trust)));
        for (DesiredResource resource : desired.source()) {
            if (!resource.role().equals(source)) {
                continue; // the execution role's own resources
            }
            if (resource instanceof InlinePolicy) {
                specs.add(remove(Side.SOURCE, resource));
            } else if (resource instanceof TaskDefinition task && unwiring.taskDefinitionRevision() != null) {
                specs.add(remove(Side.SOURCE, revision(task, unwiring.taskDefinitionRevision())));
            } else if (resource instanceof InstanceProfileRole && unwiring.addedRoleToProfile()) {
                specs.add(remove(Side.SOURCE, resource));
            } else if (resource instanceof InstanceProfile && unwiring.createdInstanceProfile()) {
                specs.add(remove(Side.SOURCE, resource));
            }
        }
        addRole(specs, Side.SOURCE, desired.source(), source, unwiring);
        addRole(specs, Side.DESTINATION, desired.destination(), destination, unwiring);
        return specs;
    }

    /** A role the wiring created: its managed policies, then the role itself. */
    private static void addRole(
            List<ResourceSpec> specs, Side side, List<DesiredResource> resources, RoleArn role, Unwiring unwiring) {
        if (!unwiring.created(role)) {
            return;
        }
        resources.stream()
                .filter(r -> r instanceof ManagedPolicyAttachment && r.role().equals(role))
                .forEach(r -> specs.add(remove(side, r)));
        resources.stream()
                .filter(r -> r instanceof Role && r.role().equals(role))
                .forEach(r -> specs.add(remove(side, r)));
    }

    /** The revision the wiring registered, not the family: its ARN is the step's target. */
    private static TaskDefinition revision(TaskDefinition task, String revisionArn) {
        return new TaskDefinition(task.key(), task.account(), task.family(), task.document(), revisionArn, task.role());
    }

    private static ResourceSpec remove(Side side, DesiredResource resource) {
        return new ResourceSpec(side, resource, true);
    }
}
