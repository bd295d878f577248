package io.rolewire.export;

import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.InlinePolicyNames;
import io.rolewire.wiring.RoleArn;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Everything the export writes into the source account, read from the run's stored documents: the
 * workload's role, the execution role, their inline policies, and the task definition (ECS) or the
 * instance profile (EC2). Managed policies are attached only to roles the run creates, as the apply does.
 */
record SourceAccount(
        String accountId,
        String region,
        RoleResource role,
        Optional<RoleResource> executionRole,
        List<InlinePolicy> policies,
        Optional<JsonNode> taskDefinition,
        Optional<String> instanceProfileName) {

    static SourceAccount of(ExportedRun run) {
        WiringInput input = run.input();
        String account = input.source().accountId();
        String name = input.source().roleName();
        RoleResource role = new RoleResource(
                "source",
                name,
                RoleArn.of(input.region(), account, name).toString(),
                input.source().create(),
                run.json(DocumentKeys.SOURCE_TRUST_POLICY).orElse(null),
                List.of());
        Optional<RoleResource> execution = executionRole(run);
        List<InlinePolicy> policies = new ArrayList<>();
        policies.add(new InlinePolicy(
                "assume_destination",
                role,
                InlinePolicyNames.assumeDestination(input.destination()),
                run.required(DocumentKeys.SOURCE_PERMISSION_POLICY)));
        run.json(DocumentKeys.ECS_EXEC_POLICY)
                .ifPresent(p -> policies.add(new InlinePolicy("ecs_exec", role, InlinePolicyNames.ECS_EXEC, p)));
        execution.ifPresent(e -> run.required(DocumentKeys.EXECUTION_ROLE)
                .optional("inlinePolicy")
                .ifPresent(
                        p -> policies.add(new InlinePolicy("task_execution", e, InlinePolicyNames.EXECUTION_ROLE, p))));
        return new SourceAccount(
                account,
                input.region(),
                role,
                execution,
                policies,
                input.workload() == Workload.ECS_TASK ? run.json(DocumentKeys.TASK_DEFINITION) : Optional.empty(),
                run.json(DocumentKeys.INSTANCE_PROFILE)
                        .map(p -> p.path("instanceProfileName").asString()));
    }

    /** The roles the export creates here, in the order they are written. */
    List<RoleResource> createdRoles() {
        List<RoleResource> created = new ArrayList<>();
        if (role.create()) {
            created.add(role);
        }
        executionRole.filter(RoleResource::create).ifPresent(created::add);
        return created;
    }

    private static Optional<RoleResource> executionRole(ExportedRun run) {
        return run.json(DocumentKeys.EXECUTION_ROLE).map(document -> {
            WiringInput input = run.input();
            String name = document.path("roleName").asString();
            boolean create = input.ecs().executionRole().create();
            List<String> managed = create
                    ? document.path("managedPolicyArns")
                            .valueStream()
                            .map(JsonNode::asString)
                            .toList()
                    : List.of();
            return new RoleResource(
                    "execution",
                    name,
                    RoleArn.of(input.region(), input.source().accountId(), name).toString(),
                    create,
                    document.path("trustPolicy"),
                    managed);
        });
    }
}
