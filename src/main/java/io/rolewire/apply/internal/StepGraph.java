package io.rolewire.apply.internal;

import io.rolewire.wiring.DesiredResource;
import io.rolewire.wiring.DesiredResource.InlinePolicy;
import io.rolewire.wiring.DesiredResource.InstanceProfile;
import io.rolewire.wiring.DesiredResource.InstanceProfileRole;
import io.rolewire.wiring.DesiredResource.ManagedPolicyAttachment;
import io.rolewire.wiring.DesiredResource.Role;
import io.rolewire.wiring.DesiredResource.TaskDefinition;
import io.rolewire.wiring.DesiredResource.TrustPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which steps must wait for which: a step starts once the resources it names exist, and no sooner,
 * so an apply takes about as long as its longest chain of dependent calls. Steps come in the order
 * they are recorded, which already puts every resource after what it names, so a step only ever
 * waits for earlier ones.
 *
 * <ul>
 *   <li>a role's policies, attachments and trust wait for the role;
 *   <li>the destination role and its trust wait for the source role, since the trust names it as a
 *       principal (IAM refuses a principal that does not exist);
 *   <li>the task definition waits for the source account's roles it names (task and execution role);
 *   <li>the role added to an instance profile waits for the profile and the role.
 * </ul>
 */
final class StepGraph {

    private StepGraph() {}

    /** @return for each step (by index), the indexes of the earlier steps it waits for */
    static List<Set<Integer>> dependencies(List<ResourceSpec> specs) {
        if (specs.stream().anyMatch(ResourceSpec::removes)) {
            return removals(specs);
        }
        Map<String, Integer> roles = new HashMap<>();
        Map<String, Integer> profiles = new HashMap<>();
        int sourceRole = -1;
        List<Set<Integer>> waits = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ResourceSpec spec = specs.get(i);
            DesiredResource resource = spec.resource();
            Set<Integer> mine = new TreeSet<>();
            if (resource instanceof Role) {
                if (spec.waitsForSourceRole()) {
                    mine.add(sourceRole);
                }
                roles.putIfAbsent(resource.arn(), i);
                if (ApplyRunner.SOURCE_ROLE.equals(spec.key())) {
                    sourceRole = i;
                }
            } else if (resource instanceof InlinePolicy || resource instanceof ManagedPolicyAttachment) {
                mine.add(roles.getOrDefault(resource.role().toString(), -1));
            } else if (resource instanceof TrustPolicy) {
                mine.add(roles.getOrDefault(resource.role().toString(), -1));
                mine.add(sourceRole);
            } else if (resource instanceof TaskDefinition) {
                roles.values().stream()
                        .filter(index -> specs.get(index).side() == spec.side())
                        .forEach(mine::add);
            } else if (resource instanceof InstanceProfile) {
                profiles.putIfAbsent(resource.name(), i);
            } else if (resource instanceof InstanceProfileRole) {
                mine.add(profiles.getOrDefault(resource.name(), -1));
                mine.add(roles.getOrDefault(resource.role().toString(), -1));
            }
            mine.removeIf(index -> index < 0 || index >= waits.size());
            waits.add(Set.copyOf(mine));
        }
        return waits;
    }

    /**
     * An un-wire's (ADR 018), in the order {@link Removals} gives: a role is deleted after every
     * earlier removal on it (IAM refuses to delete a role with policies or in a profile), and after
     * our trust statement is out (it names the source role by ARN); a profile after its role is
     * taken out of it. Everything else is independent.
     */
    static List<Set<Integer>> removals(List<ResourceSpec> specs) {
        List<Set<Integer>> waits = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ResourceSpec spec = specs.get(i);
            Set<Integer> mine = new TreeSet<>();
            for (int j = 0; j < i; j++) {
                ResourceSpec earlier = specs.get(j);
                boolean onRole =
                        earlier.resource().role().equals(spec.resource().role());
                if (spec.type() == ResourceType.ROLE_DELETE
                        && (onRole || earlier.type() == ResourceType.TRUST_STATEMENT_REMOVE)) {
                    mine.add(j);
                } else if (spec.type() == ResourceType.INSTANCE_PROFILE_DELETE
                        && earlier.type() == ResourceType.INSTANCE_PROFILE_ROLE_REMOVE
                        && earlier.name().equals(spec.name())) {
                    mine.add(j);
                }
            }
            waits.add(Set.copyOf(mine));
        }
        return waits;
    }
}
