package io.rolewire.apply.internal;

import io.rolewire.apply.Change;
import io.rolewire.apply.PlanFinding;
import io.rolewire.apply.PlannedResource;
import io.rolewire.aws.PolicyKind;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.aws.PolicyValidator;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * IAM Access Analyzer in the live plan: ValidatePolicy on every policy the apply writes, through the
 * source account's session (where its grant has always been, and most of those policies live), and
 * the proof of the destination trust ({@link TrustProof}) through the destination's. Its findings
 * are labelled as its own; when it is denied or not there, one INFO says so and the plan carries on
 * (it never blocks).
 */
final class AnalyzerFindings {

    private final AwsText text;
    private final TrustProof proof;

    AnalyzerFindings(AwsText text, Wiring wiring) {
        this.text = text;
        this.proof = new TrustProof(text, wiring);
    }

    /**
     * Every call is made at the same time; the answers are read in plan order.
     *
     * @param source the source account's validator, null when that account could not be read
     * @param destination the destination account's, null likewise
     */
    List<PlanFinding> findings(
            PolicyValidator source,
            PolicyValidator destination,
            List<PlannedResource> resources,
            WiringInput input,
            Executor readers) {
        List<PlannedResource> policies = source == null
                ? List.of()
                : resources.stream()
                        .filter(r -> kindOf(r) != null && r.desiredDocument() != null)
                        .toList();
        List<CompletableFuture<PolicyValidation>> validations = policies.stream()
                .map(r -> CompletableFuture.supplyAsync(() -> source.validate(r.desiredDocument(), kindOf(r)), readers))
                .toList();
        Optional<TrustProof.Pending> trust =
                destination == null ? Optional.empty() : proof.start(destination, resources, input, readers);
        AnalyzerAnswers answers = new AnalyzerAnswers(text);
        for (int i = 0; i < policies.size(); i++) {
            PolicyValidation validation = AnalyzerAnswers.joined(
                    validations.get(i),
                    e -> new PolicyValidation(PolicyValidation.Status.UNAVAILABLE, List.of(), e.toString(), null));
            answers.validation(policies.get(i).key(), validation);
        }
        trust.ifPresent(pending -> proof.collect(pending, answers));
        return answers.findings();
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
}
