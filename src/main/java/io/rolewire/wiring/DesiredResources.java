package io.rolewire.wiring;

import io.rolewire.wiring.DesiredResource.InlinePolicy;
import io.rolewire.wiring.DesiredResource.InstanceProfile;
import io.rolewire.wiring.DesiredResource.InstanceProfileRole;
import io.rolewire.wiring.DesiredResource.ManagedPolicyAttachment;
import io.rolewire.wiring.DesiredResource.Ownership;
import io.rolewire.wiring.DesiredResource.Role;
import io.rolewire.wiring.DesiredResource.TaskDefinition;
import io.rolewire.wiring.DesiredResource.TrustPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resources of a wiring per account, in the order they are written (DESIGN.md "AWS access":
 * the source role before anything names it), taken from the documents a run stored. The stored
 * documents are the source of truth: an approval binds to them, so nothing is rendered again here.
 *
 * @param source the source account's resources: role, its policies, then the execution role and
 *     task definition (ECS) or the instance profile (EC2)
 * @param destination the destination role, its trust, and the managed policies of a role Rolewire creates
 */
public record DesiredResources(List<DesiredResource> source, List<DesiredResource> destination) {

    private static final JsonMapper JSON = Json.mapper();

    public DesiredResources {
        source = List.copyOf(source);
        destination = List.copyOf(destination);
    }

    /** Every resource, source account first: the order of a run's recorded steps. */
    public List<DesiredResource> all() {
        List<DesiredResource> all = new ArrayList<>(source);
        all.addAll(destination);
        return all;
    }

    /**
     * @param documents the run's stored documents (as previewed); a workload's documents must be
     *     among them
     */
    public static DesiredResources of(WiringInput input, List<Document> documents) {
        Map<String, String> byKey = documents.stream().collect(Collectors.toMap(Document::key, Document::content));
        return new DesiredResources(source(input, byKey::get), destination(input, byKey::get));
    }

    public static RoleArn sourceRole(WiringInput input) {
        return RoleArn.of(
                input.region(), input.source().accountId(), input.source().roleName());
    }

    public static RoleArn destinationRole(WiringInput input) {
        return RoleArn.of(
                input.region(),
                input.destination().accountId(),
                input.destination().roleName());
    }

    private static List<DesiredResource> source(WiringInput input, Function<String, String> document) {
        RoleArn role = sourceRole(input);
        List<DesiredResource> resources = new ArrayList<>();
        resources.add(new Role(
                "source.role",
                role,
                document.apply(DocumentKeys.SOURCE_TRUST_POLICY),
                ownership(input.source().create())));
        resources.add(new InlinePolicy(
                "source.policy",
                role,
                InlinePolicyNames.assumeDestination(input.destination()),
                document.apply(DocumentKeys.SOURCE_PERMISSION_POLICY)));
        String ecsExec = document.apply(DocumentKeys.ECS_EXEC_POLICY);
        if (ecsExec != null) {
            resources.add(new InlinePolicy("source.ecsExecPolicy", role, InlinePolicyNames.ECS_EXEC, ecsExec));
        }
        if (input.workload() == Workload.ECS_TASK) {
            resources.addAll(executionRole(input, document.apply(DocumentKeys.EXECUTION_ROLE)));
            resources.add(taskDefinition(input, role, document.apply(DocumentKeys.TASK_DEFINITION)));
        } else {
            resources.addAll(instanceProfile(input, document.apply(DocumentKeys.INSTANCE_PROFILE)));
        }
        return resources;
    }

    /** The execution role document holds the role's name, trust, managed and inline policies (seed 001). */
    private static List<DesiredResource> executionRole(WiringInput input, String stored) {
        if (stored == null) {
            return List.of();
        }
        JsonNode document = JSON.readTree(stored);
        RoleArn role = RoleArn.of(
                input.region(),
                input.source().accountId(),
                document.path("roleName").asString());
        boolean creates = input.ecs().executionRole().create();
        List<DesiredResource> resources = new ArrayList<>();
        resources.add(new Role(
                "execution.role", role, JSON.writeValueAsString(document.path("trustPolicy")), ownership(creates)));
        // like the deployer policy: managed policies are attached only to a role Rolewire creates
        if (creates) {
            int index = 1;
            for (JsonNode policyArn : document.path("managedPolicyArns").values()) {
                resources.add(
                        new ManagedPolicyAttachment("execution.managedPolicy." + index++, role, policyArn.asString()));
            }
        }
        if (document.has("inlinePolicy")) {
            resources.add(new InlinePolicy(
                    "execution.policy",
                    role,
                    InlinePolicyNames.EXECUTION_ROLE,
                    JSON.writeValueAsString(document.get("inlinePolicy"))));
        }
        return resources;
    }

    private static TaskDefinition taskDefinition(WiringInput input, RoleArn taskRole, String document) {
        String family = input.ecs().family();
        String arn = "arn:" + taskRole.partition() + ":ecs:" + input.region() + ":" + taskRole.accountId()
                + ":task-definition/" + family;
        return new TaskDefinition("task.definition", taskRole.account(), family, document, arn, taskRole);
    }

    private static List<DesiredResource> instanceProfile(WiringInput input, String stored) {
        JsonNode document = JSON.readTree(stored);
        String profile = document.path("instanceProfileName").asString();
        RoleArn role = RoleArn.of(
                input.region(),
                input.source().accountId(),
                document.path("roleName").asString());
        String arn = "arn:" + role.partition() + ":iam::" + role.accountId() + ":instance-profile/" + profile;
        return List.of(
                new InstanceProfile("instance.profile", role.account(), profile, arn, role),
                new InstanceProfileRole("instance.profile.role", role.account(), profile, arn, role));
    }

    private static List<DesiredResource> destination(WiringInput input, Function<String, String> document) {
        DestinationRole destination = input.destination();
        RoleArn role = destinationRole(input);
        String trust = document.apply(DocumentKeys.DESTINATION_TRUST_POLICY);
        List<DesiredResource> resources = new ArrayList<>();
        resources.add(new Role("destination.role", role, trust, ownership(destination.create())));
        resources.add(new TrustPolicy("destination.trust", role, trust));
        if (destination.create()) {
            int index = 1;
            for (String policyArn : destination.managedPolicyArns()) {
                resources.add(new ManagedPolicyAttachment("destination.managedPolicy." + index++, role, policyArn));
            }
        }
        return resources;
    }

    private static Ownership ownership(boolean create) {
        return create ? Ownership.CREATE_WHEN_ABSENT : Ownership.MUST_EXIST;
    }
}
