package io.rolewire.apply.internal;

import io.rolewire.apply.Side;
import io.rolewire.runs.Run;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.InlinePolicyNames;
import io.rolewire.wiring.Json;
import io.rolewire.wiring.RoleArn;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resources of a run, in the order the apply writes them (DESIGN.md "AWS access": the source
 * role before anything names it). Derived from the stored documents, so the apply writes exactly
 * what was previewed and approved.
 */
final class ResourceSpecs {

    private static final JsonMapper JSON = Json.mapper();

    private ResourceSpecs() {}

    static List<ResourceSpec> of(Run run) {
        List<ResourceSpec> specs = new ArrayList<>(source(run));
        if (run.input().workload() == Workload.ECS_TASK) {
            specs.addAll(executionRole(run));
            specs.add(taskDefinition(run));
        } else {
            specs.addAll(instanceProfile(run));
        }
        specs.addAll(destination(run));
        return specs;
    }

    static String sourceRoleArn(WiringInput input) {
        return RoleArn.of(
                        input.region(),
                        input.source().accountId(),
                        input.source().roleName())
                .toString();
    }

    static String destinationRoleArn(WiringInput input) {
        return RoleArn.of(
                        input.region(),
                        input.destination().accountId(),
                        input.destination().roleName())
                .toString();
    }

    private static List<ResourceSpec> source(Run run) {
        WiringInput input = run.input();
        String account = input.source().accountId();
        String role = input.source().roleName();
        String roleArn = sourceRoleArn(input);
        List<ResourceSpec> specs = new ArrayList<>();
        specs.add(new ResourceSpec(
                "source.role",
                Side.SOURCE,
                account,
                ResourceType.ROLE,
                role,
                role,
                content(run, DocumentKeys.SOURCE_TRUST_POLICY),
                input.source().create(),
                false,
                roleArn));
        specs.add(inlinePolicy(
                "source.policy",
                Side.SOURCE,
                account,
                role,
                roleArn,
                InlinePolicyNames.assumeDestination(input.destination()),
                content(run, DocumentKeys.SOURCE_PERMISSION_POLICY)));
        if (run.document(DocumentKeys.ECS_EXEC_POLICY).isPresent()) {
            specs.add(inlinePolicy(
                    "source.ecsExecPolicy",
                    Side.SOURCE,
                    account,
                    role,
                    roleArn,
                    InlinePolicyNames.ECS_EXEC,
                    content(run, DocumentKeys.ECS_EXEC_POLICY)));
        }
        return specs;
    }

    private static List<ResourceSpec> executionRole(Run run) {
        if (run.document(DocumentKeys.EXECUTION_ROLE).isEmpty()) {
            return List.of();
        }
        WiringInput input = run.input();
        JsonNode document = JSON.readTree(content(run, DocumentKeys.EXECUTION_ROLE));
        String account = input.source().accountId();
        String role = document.path("roleName").asString();
        String roleArn = RoleArn.of(input.region(), account, role).toString();
        List<ResourceSpec> specs = new ArrayList<>();
        specs.add(new ResourceSpec(
                "execution.role",
                Side.SOURCE,
                account,
                ResourceType.ROLE,
                role,
                role,
                JSON.writeValueAsString(document.path("trustPolicy")),
                input.ecs().executionRole().create(),
                false,
                roleArn));
        // like the deployer policy: managed policies are attached only to a role Rolewire creates
        if (input.ecs().executionRole().create()) {
            int index = 1;
            for (JsonNode policyArn : document.path("managedPolicyArns").values()) {
                specs.add(managedPolicy(
                        "execution.managedPolicy." + index++, Side.SOURCE, account, role, roleArn, policyArn));
            }
        }
        if (document.has("inlinePolicy")) {
            specs.add(inlinePolicy(
                    "execution.policy",
                    Side.SOURCE,
                    account,
                    role,
                    roleArn,
                    InlinePolicyNames.EXECUTION_ROLE,
                    JSON.writeValueAsString(document.get("inlinePolicy"))));
        }
        return specs;
    }

    private static ResourceSpec taskDefinition(Run run) {
        WiringInput input = run.input();
        String family = input.ecs().family();
        return new ResourceSpec(
                "task.definition",
                Side.SOURCE,
                input.source().accountId(),
                ResourceType.TASK_DEFINITION,
                family,
                input.source().roleName(),
                content(run, DocumentKeys.TASK_DEFINITION),
                true,
                false,
                "arn:"
                        + RoleArn.of(input.region(), input.source().accountId(), "x")
                                .partition() + ":ecs:" + input.region() + ":"
                        + input.source().accountId() + ":task-definition/" + family);
    }

    private static List<ResourceSpec> instanceProfile(Run run) {
        WiringInput input = run.input();
        JsonNode document = JSON.readTree(content(run, DocumentKeys.INSTANCE_PROFILE));
        String account = input.source().accountId();
        String profile = document.path("instanceProfileName").asString();
        String partition = RoleArn.of(input.region(), account, "x").partition();
        String profileArn = "arn:" + partition + ":iam::" + account + ":instance-profile/" + profile;
        String role = document.path("roleName").asString();
        return List.of(
                new ResourceSpec(
                        "instance.profile",
                        Side.SOURCE,
                        account,
                        ResourceType.INSTANCE_PROFILE,
                        profile,
                        role,
                        null,
                        true,
                        false,
                        profileArn),
                new ResourceSpec(
                        "instance.profile.role",
                        Side.SOURCE,
                        account,
                        ResourceType.INSTANCE_PROFILE_ROLE,
                        profile,
                        role,
                        role,
                        true,
                        false,
                        profileArn));
    }

    private static List<ResourceSpec> destination(Run run) {
        WiringInput input = run.input();
        DestinationRole destination = input.destination();
        String account = destination.accountId();
        String role = destination.roleName();
        String roleArn = destinationRoleArn(input);
        String trust = content(run, DocumentKeys.DESTINATION_TRUST_POLICY);
        List<ResourceSpec> specs = new ArrayList<>();
        specs.add(new ResourceSpec(
                "destination.role",
                Side.DESTINATION,
                account,
                ResourceType.ROLE,
                role,
                role,
                trust,
                destination.create(),
                true,
                roleArn));
        specs.add(new ResourceSpec(
                "destination.trust",
                Side.DESTINATION,
                account,
                ResourceType.TRUST_POLICY,
                role,
                role,
                trust,
                false,
                true,
                roleArn));
        if (destination.create()) {
            int index = 1;
            for (String policyArn : destination.managedPolicyArns()) {
                specs.add(new ResourceSpec(
                        "destination.managedPolicy." + index++,
                        Side.DESTINATION,
                        account,
                        ResourceType.MANAGED_POLICY,
                        policyArn,
                        role,
                        policyArn,
                        true,
                        false,
                        roleArn));
            }
        }
        return specs;
    }

    private static ResourceSpec inlinePolicy(
            String key, Side side, String account, String role, String roleArn, String policyName, String document) {
        return new ResourceSpec(
                key, side, account, ResourceType.INLINE_POLICY, policyName, role, document, true, false, roleArn);
    }

    private static ResourceSpec managedPolicy(
            String key, Side side, String account, String role, String roleArn, JsonNode policyArn) {
        return new ResourceSpec(
                key,
                side,
                account,
                ResourceType.MANAGED_POLICY,
                policyArn.asString(),
                role,
                policyArn.asString(),
                true,
                false,
                roleArn);
    }

    private static String content(Run run, String key) {
        return run.document(key).map(Document::content).orElse(null);
    }
}
