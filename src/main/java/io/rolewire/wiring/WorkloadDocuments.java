package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Renders every document of a workload, in display order. */
final class WorkloadDocuments {

    private WorkloadDocuments() {}

    static List<RenderedDocument> render(ResolvedWiring wiring) {
        List<RenderedDocument> documents =
                wiring.input().workload() == Workload.ECS_TASK ? ecsTask(wiring) : ec2Instance(wiring);
        documents.add(RenderedDocument.json(DocumentKeys.SOURCE_DEPLOYER_POLICY, DeployerPolicies.source(wiring)));
        documents.add(
                RenderedDocument.json(DocumentKeys.DESTINATION_DEPLOYER_POLICY, DeployerPolicies.destination(wiring)));
        return documents;
    }

    private static List<RenderedDocument> ecsTask(ResolvedWiring wiring) {
        List<RenderedDocument> documents = new ArrayList<>(sharedPolicies(wiring));
        documents.add(RenderedDocument.json(DocumentKeys.TASK_DEFINITION, TaskDefinitionDocument.render(wiring)));
        if (wiring.source().create()) {
            documents.add(RenderedDocument.json(DocumentKeys.SOURCE_TRUST_POLICY, TrustPolicies.ecsTasks(wiring)));
        }
        if (wiring.executionRole().enabled()) {
            documents.add(RenderedDocument.json(DocumentKeys.EXECUTION_ROLE, ExecutionRoleDocument.render(wiring)));
        }
        if (wiring.ecs().ecsExec()) {
            documents.add(RenderedDocument.json(DocumentKeys.ECS_EXEC_POLICY, PermissionPolicies.ecsExec()));
        }
        documents.add(cliProfile(wiring, CliProfile.ECS_CONTAINER));
        documents.add(cliScript(EcsTaskScript.render(wiring)));
        return documents;
    }

    private static List<RenderedDocument> ec2Instance(ResolvedWiring wiring) {
        List<RenderedDocument> documents = new ArrayList<>(sharedPolicies(wiring));
        if (wiring.source().create()) {
            documents.add(RenderedDocument.json(DocumentKeys.SOURCE_TRUST_POLICY, TrustPolicies.ec2Instances()));
        }
        documents.add(RenderedDocument.json(DocumentKeys.INSTANCE_PROFILE, instanceProfile(wiring)));
        documents.add(cliProfile(wiring, CliProfile.EC2_INSTANCE_METADATA));
        documents.add(cliScript(Ec2InstanceScript.render(wiring)));
        return documents;
    }

    private static List<RenderedDocument> sharedPolicies(ResolvedWiring wiring) {
        return List.of(
                RenderedDocument.json(
                        DocumentKeys.SOURCE_PERMISSION_POLICY, PermissionPolicies.assumeDestination(wiring)),
                RenderedDocument.json(DocumentKeys.DESTINATION_TRUST_POLICY, TrustPolicies.destination(wiring)));
    }

    private static ObjectNode instanceProfile(ResolvedWiring wiring) {
        ObjectNode profile = CanonicalJson.object();
        profile.put("instanceProfileName", wiring.input().ec2().instanceProfileName());
        profile.put("roleName", wiring.source().roleName());
        return profile;
    }

    private static RenderedDocument cliProfile(ResolvedWiring wiring, String credentialSource) {
        return RenderedDocument.text(
                DocumentKeys.CLI_PROFILE, DocumentFormat.INI, CliProfile.render(wiring, credentialSource));
    }

    private static RenderedDocument cliScript(String script) {
        return RenderedDocument.text(DocumentKeys.CLI_SCRIPT, DocumentFormat.SHELL, script);
    }
}
