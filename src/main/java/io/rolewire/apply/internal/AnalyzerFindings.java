package io.rolewire.apply.internal;

import io.rolewire.apply.Change;
import io.rolewire.apply.PlanFinding;
import io.rolewire.apply.PlannedResource;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.PolicyKind;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.wiring.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * IAM Access Analyzer's ValidatePolicy on every policy the apply writes, through the source
 * account's session. Its findings are labelled as its own; when it is denied or not there, one INFO
 * says so and the plan carries on (it never blocks).
 */
final class AnalyzerFindings {

    private final AwsText text;

    AnalyzerFindings(AwsText text) {
        this.text = text;
    }

    /** @param readers the policies are validated at the same time; the answers are read in plan order */
    List<PlanFinding> validate(AccountSession session, List<PlannedResource> resources, Executor readers) {
        List<PlannedResource> policies = resources.stream()
                .filter(r -> kindOf(r) != null && r.desiredDocument() != null)
                .toList();
        List<CompletableFuture<PolicyValidation>> validations = policies.stream()
                .map(r -> CompletableFuture.supplyAsync(
                        () -> session.policyValidator().validate(r.desiredDocument(), kindOf(r)), readers))
                .toList();
        List<PlanFinding> findings = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            PlannedResource resource = policies.get(i);
            PolicyValidation validation = LivePlanner.joined(validations.get(i));
            if (validation.status() != PolicyValidation.Status.VALIDATED) {
                findings.add(new PlanFinding(
                        PlanFinding.ACCESS_ANALYZER,
                        resource.key(),
                        Severity.INFO,
                        "ANALYZER_" + validation.status().name(),
                        Severity.INFO.name(),
                        text.of(validation.messageCode(), validation.reason())));
                return findings;
            }
            validation
                    .findings()
                    .forEach(f -> findings.add(new PlanFinding(
                            PlanFinding.ACCESS_ANALYZER,
                            resource.key(),
                            severityOf(f.type()),
                            f.issueCode(),
                            f.type(),
                            f.message())));
        }
        return findings;
    }

    private static PolicyKind kindOf(PlannedResource resource) {
        if (ResourceType.INLINE_POLICY.name().equals(resource.type())) {
            return PolicyKind.IDENTITY_POLICY;
        }
        // a created role carries the trust; a merged trust is validated as merged, once
        boolean createdRole = ResourceType.ROLE.name().equals(resource.type()) && resource.change() == Change.CREATE;
        boolean mergedTrust =
                ResourceType.TRUST_POLICY.name().equals(resource.type()) && resource.change() != Change.CREATE;
        return createdRole || mergedTrust ? PolicyKind.TRUST_POLICY : null;
    }

    /** Shown beside ours with our colours; Access Analyzer's own word stays in the label. */
    private static Severity severityOf(String type) {
        return switch (type) {
            case "ERROR" -> Severity.ERROR;
            case "SECURITY_WARNING", "WARNING" -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
