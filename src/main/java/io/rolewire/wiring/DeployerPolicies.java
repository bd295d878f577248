package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The policy of the deployer role an admin creates in each account, so that Rolewire's apply can
 * run there: exactly the calls the apply, its live plan and its verification make in that account,
 * scoped to the roles (and instance profile) of this wiring.
 */
final class DeployerPolicies {

    static final String PASSED_TO_SERVICE = "iam:PassedToService";
    static final String ECS_TASKS = "ecs-tasks.amazonaws.com";

    private DeployerPolicies() {}

    static ObjectNode source(ResolvedWiring wiring) {
        List<ObjectNode> statements = new ArrayList<>();
        statements.add(callerIdentity());
        statements.add(
                sid("SourceRole", Policies.allow(DeployerActions.sourceRole(wiring), List.of(wiring.sourceRoleArn()))));
        statements.add(sid(
                "Simulate", Policies.allow(List.of("iam:SimulatePrincipalPolicy"), List.of(wiring.sourceRoleArn()))));
        if (wiring.input().workload() == Workload.ECS_TASK) {
            statements.addAll(ecsTask(wiring));
        } else {
            statements.addAll(ec2Instance(wiring));
        }
        statements.add(sid("ValidatePolicy", Policies.allow(List.of("access-analyzer:ValidatePolicy"), List.of("*"))));
        return Policies.document(statements);
    }

    static ObjectNode destination(ResolvedWiring wiring) {
        return Policies.document(List.of(
                callerIdentity(),
                sid(
                        "DestinationRole",
                        Policies.allow(DeployerActions.destinationRole(wiring), List.of(wiring.destinationRoleArn()))),
                trustChecks()));
    }

    /**
     * Access Analyzer's proof of the trust the live plan writes (a role that exists may be merged
     * even when the wiring would create it, so both checks always). Its checks take no resource.
     */
    private static ObjectNode trustChecks() {
        return sid(
                "TrustChecks",
                Policies.allow(
                        List.of("access-analyzer:CheckNoNewAccess", "access-analyzer:CheckNoPublicAccess"),
                        List.of("*")));
    }

    private static List<ObjectNode> ecsTask(ResolvedWiring wiring) {
        List<ObjectNode> statements = new ArrayList<>();
        List<String> passed = new ArrayList<>(List.of(wiring.sourceRoleArn()));
        if (wiring.executionRole().enabled()) {
            passed.add(wiring.executionRoleArn());
            statements.add(sid(
                    "ExecutionRole",
                    Policies.allow(DeployerActions.executionRole(wiring), List.of(wiring.executionRoleArn()))));
        }
        ObjectNode passRole = Policies.allow(List.of("iam:PassRole"), passed);
        statements.add(sid(
                "PassRoleToEcsTasks", Policies.withCondition(passRole, "StringEquals", PASSED_TO_SERVICE, ECS_TASKS)));
        // ECS offers no resource-level permission for registering or describing task definitions.
        statements.add(sid("TaskDefinition", Policies.allow(DeployerActions.TASK_DEFINITION, List.of("*"))));
        return statements;
    }

    private static List<ObjectNode> ec2Instance(ResolvedWiring wiring) {
        // AddRoleToInstanceProfile is authorised as iam:PassRole on the role it adds.
        return List.of(
                sid(
                        "InstanceProfile",
                        Policies.allow(DeployerActions.INSTANCE_PROFILE, List.of(instanceProfileArn(wiring)))),
                sid(
                        "PassRoleToInstanceProfile",
                        Policies.allow(List.of("iam:PassRole"), List.of(wiring.sourceRoleArn()))));
    }

    private static ObjectNode callerIdentity() {
        return sid("CallerIdentity", Policies.allow(List.of("sts:GetCallerIdentity"), List.of("*")));
    }

    private static String instanceProfileArn(ResolvedWiring wiring) {
        return "arn:" + wiring.partition() + ":iam::" + wiring.source().accountId() + ":instance-profile/"
                + wiring.input().ec2().instanceProfileName();
    }

    private static ObjectNode sid(String sid, ObjectNode statement) {
        ObjectNode withSid = CanonicalJson.object();
        withSid.put("Sid", sid);
        withSid.setAll(statement);
        return withSid;
    }
}
