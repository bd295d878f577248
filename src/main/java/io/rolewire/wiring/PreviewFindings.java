package io.rolewire.wiring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The findings of a preview: checks over the rendered documents and what applying them needs. */
final class PreviewFindings {

    private PreviewFindings() {}

    static List<Finding> of(ResolvedWiring wiring, List<RenderedDocument> documents, Instant now) {
        Map<String, JsonNode> json = documents.stream()
                .filter(document -> document.json() != null)
                .collect(Collectors.toMap(RenderedDocument::key, RenderedDocument::json));
        List<Finding> findings = new ArrayList<>(quotas(wiring, json));
        if (!wiring.destination().create()) {
            findings.add(destinationMerge(wiring));
        }
        if (wiring.source().accountId().equals(wiring.destination().accountId())) {
            findings.add(sameAccount(wiring));
        }
        if (wiring.accessUntil() != null && wiring.accessUntil().isAfter(now.plus(AccessEnd.LONG))) {
            findings.add(distantEnd(wiring));
        }
        if (wiring.input().workload() == Workload.ECS_TASK) {
            findings.add(passRole(wiring));
            EcsSizes.belowEc2Minimum(wiring.ecs()).ifPresent(cpu -> findings.add(lowEc2Cpu(cpu)));
        }
        return Findings.mostSevereFirst(findings);
    }

    /** IAM's size quotas apply per role: its trust policy, and its inline policies together. */
    private static List<Finding> quotas(ResolvedWiring wiring, Map<String, JsonNode> json) {
        String source = wiring.sourceRoleArn();
        List<Finding> findings = new ArrayList<>();
        Optional.ofNullable(json.get(DocumentKeys.SOURCE_TRUST_POLICY))
                .ifPresent(trust -> findings.addAll(PolicyQuotas.trustPolicy(source, trust)));
        findings.addAll(
                PolicyQuotas.trustPolicy(wiring.destinationRoleArn(), json.get(DocumentKeys.DESTINATION_TRUST_POLICY)));
        List<JsonNode> sourceInline = Stream.of(DocumentKeys.SOURCE_PERMISSION_POLICY, DocumentKeys.ECS_EXEC_POLICY)
                .map(json::get)
                .filter(Objects::nonNull)
                .toList();
        findings.addAll(PolicyQuotas.inlinePolicies(source, sourceInline));
        Optional.ofNullable(json.get(DocumentKeys.EXECUTION_ROLE))
                .ifPresent(role -> findings.addAll(executionRoleQuotas(wiring.executionRoleArn(), role)));
        return findings;
    }

    private static List<Finding> executionRoleQuotas(String executionRole, JsonNode role) {
        List<Finding> findings = new ArrayList<>(PolicyQuotas.trustPolicy(executionRole, role.get("trustPolicy")));
        if (role.has("inlinePolicy")) {
            findings.addAll(PolicyQuotas.inlinePolicies(executionRole, List.of(role.get("inlinePolicy"))));
        }
        return findings;
    }

    private static Finding destinationMerge(ResolvedWiring wiring) {
        return new Finding(
                Severity.INFO,
                FindingCodes.DESTINATION_TRUST_MERGE,
                wiring.destinationRoleArn() + " exists: the statement trusting " + wiring.sourceRoleArn()
                        + " will be merged into its current trust policy; no other statement is changed.");
    }

    /** Allowed (a role may assume another in its own account), but then no trust across accounts is needed. */
    private static Finding sameAccount(ResolvedWiring wiring) {
        return new Finding(
                Severity.WARNING,
                FindingCodes.SAME_ACCOUNT,
                "Source and destination are the same account " + wiring.source().accountId()
                        + ": this is not a cross-account wiring. Check the account IDs; within one account the"
                        + " source role can usually be given the permissions directly.");
    }

    /** Allowed (a contractor's year-long access), but most often a mistyped year. */
    private static Finding distantEnd(ResolvedWiring wiring) {
        return new Finding(
                Severity.WARNING,
                FindingCodes.ACCESS_UNTIL_DISTANT,
                "The access ends at " + AccessEnd.text(wiring.accessUntil())
                        + ", more than a year from now. Check the year: time-bound access is usually days or"
                        + " weeks; leave the date empty for access without an end.");
    }

    private static Finding lowEc2Cpu(int cpu) {
        return new Finding(
                Severity.WARNING,
                FindingCodes.EC2_CPU_BELOW_MINIMUM,
                cpu + " CPU units is less than " + EcsSizes.MIN_EC2_TASK_CPU
                        + " (an eighth of a vCPU), the smallest task size ECS accepts on EC2: the container gets"
                        + " a very small CPU share when the instance is busy. Check that the value is in units"
                        + " (1024 per vCPU), not vCPUs.");
    }

    /** RegisterTaskDefinition passes the roles to ECS, which IAM checks as iam:PassRole on each. */
    private static Finding passRole(ResolvedWiring wiring) {
        List<String> roles = new ArrayList<>(List.of(wiring.sourceRoleArn()));
        if (wiring.executionRole().enabled()) {
            roles.add(wiring.executionRoleArn());
        }
        return new Finding(
                Severity.INFO,
                FindingCodes.PASS_ROLE_REQUIRED,
                "Registering the task definition needs iam:PassRole on " + String.join(" and ", roles)
                        + " for whoever registers it; the roles must be in the task's account "
                        + wiring.source().accountId() + ".");
    }
}
