package io.rolewire.wiring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pure core's one entry point: validation, rendering of every document, findings, the plan
 * hash and the trust-policy merge. Stateless and thread-safe; no Spring, no AWS SDK.
 */
public final class Wiring {

    private final Clock clock;

    /** With the system's clock in UTC: the time rules of an input (its end of access) read it. */
    public Wiring() {
        this(Clock.systemUTC());
    }

    /** @param clock what "now" is for the time rules of an input, such as an end of access */
    public Wiring(Clock clock) {
        this.clock = clock;
    }

    /**
     * Every broken input rule, each naming its field; empty when the input is valid. Includes the
     * time rules: an end of access must lie at least 15 minutes ahead of the clock.
     */
    public List<Violation> validate(WiringInput input) {
        return InputValidator.validate(input, clock.instant());
    }

    /** Validates, then renders every document of the workload with its findings and plan hash. */
    public Preview preview(WiringInput input) {
        Instant now = clock.instant();
        List<Violation> violations = InputValidator.validate(input, now);
        if (!violations.isEmpty()) {
            return new Preview(violations, List.of(), List.of(), null);
        }
        ResolvedWiring wiring = ResolvedWiring.of(input);
        List<RenderedDocument> documents = WorkloadDocuments.render(wiring);
        return new Preview(
                List.of(),
                documents.stream().map(RenderedDocument::toDocument).toList(),
                PreviewFindings.of(wiring, documents, now),
                PlanHash.of(documents));
    }

    /**
     * Merges the destination trust statement for {@code input} into an existing trust policy
     * (JSON as IAM returns it after URL-decoding). Our statement, recognised by its content, has its
     * end of access rewritten rather than a second one added (ADR 019).
     */
    public MergeResult mergeDestinationTrust(String existingTrustPolicy, WiringInput input) {
        // not against the clock: an approved wiring is merged as approved, even when its end has passed
        List<Violation> violations = InputValidator.validate(input);
        if (!violations.isEmpty()) {
            return new MergeResult(
                    null,
                    false,
                    List.of(new Finding(
                            Severity.ERROR,
                            FindingCodes.WIRING_INPUT_INVALID,
                            "Nothing was merged, the wiring input is invalid: "
                                    + violations.get(0).defaultMessage())));
        }
        return TrustMerge.merge(existingTrustPolicy, ResolvedWiring.of(input));
    }

    /**
     * Takes the destination statement of {@code input} out of a live trust policy (un-wire): every
     * other statement is kept.
     *
     * @param storedTrustPolicy the destination trust the wiring run stored (its statement naming the
     *     source role is ours even when it carries conditions); null when unknown
     */
    public StatementRemoval removeDestinationStatement(
            String liveTrustPolicy, WiringInput input, String storedTrustPolicy) {
        String sourceRoleArn = DesiredResources.sourceRole(input).toString();
        return TrustRemoval.remove(
                liveTrustPolicy, sourceRoleArn, TrustRemoval.statementsNaming(storedTrustPolicy, sourceRoleArn));
    }

    /**
     * A destination trust policy without Rolewire's statement for {@code input}: what else it grants.
     * The live trust and the merged one compare equal this way when the merge only adds (or
     * rewrites) ours, which Access Analyzer is asked to prove. Empty when the document is not a
     * trust policy Rolewire reads, or the input is invalid.
     */
    public Optional<TrustRemainder> trustWithoutOurStatement(String trustPolicy, WiringInput input) {
        if (!validate(input).isEmpty()) {
            return Optional.empty();
        }
        return TrustWithoutOurs.of(trustPolicy, ResolvedWiring.of(input).sourceRoleArn());
    }

    /**
     * Checks an existing trust policy (for example the live one of a destination role) for wildcard,
     * account-root and orphaned principals, unscoped ECS trust and size quotas; most severe first.
     * A document that is not a trust policy gives one ERROR {@code TRUST_POLICY_INVALID}.
     */
    public List<Finding> inspectTrustPolicy(String trustPolicyJson) {
        ExistingTrustPolicy existing = ExistingTrustPolicy.read(trustPolicyJson);
        if (existing.isRefused()) {
            return List.of(existing.refusal());
        }
        List<Finding> findings = new ArrayList<>(TrustInspector.inspect(existing.policy()));
        findings.addAll(PolicyQuotas.trustPolicy("this role", existing.policy()));
        return Findings.mostSevereFirst(findings);
    }

    /**
     * The principals of a trust policy that are bare unique IDs ({@code AROA…} for roles, {@code
     * AIDA…} for users): IAM shows them where a principal it trusted was deleted (or deleted and
     * recreated), and such a statement trusts nobody. Empty for a document that is not a trust policy.
     */
    public List<String> orphanedPrincipals(String trustPolicyJson) {
        ExistingTrustPolicy existing = ExistingTrustPolicy.read(trustPolicyJson);
        return existing.isRefused() ? List.of() : TrustInspector.orphanedPrincipals(existing.policy());
    }

    /**
     * A side-by-side diff of two versions of a document (either may be null or empty: created or
     * removed). JSON is compared in its semantic form: principal, action, resource and condition
     * value order, and string-versus-list, do not count as changes.
     */
    public DocumentDiff diff(String oldDocument, String newDocument) {
        return DocumentDiffer.diff(oldDocument, newDocument);
    }

    /**
     * The same two versions diffed line by line exactly as stored (no semantic form): for showing a
     * change where {@link #diff} has decided there is one.
     */
    public DocumentDiff diffAsStored(String oldDocument, String newDocument) {
        return DocumentDiffer.asStored(oldDocument, newDocument);
    }

    /**
     * The canonical compact form of a JSON document (keys in canonical order, no spacing), so that a
     * document read from AWS compares equal to the rendered one whatever its formatting.
     *
     * @throws IllegalArgumentException when the text is not JSON
     */
    public String canonicalJson(String json) {
        try {
            return CanonicalJson.compact(CanonicalJson.parse(json));
        } catch (CanonicalJson.InvalidJsonException e) {
            throw new IllegalArgumentException("Not a JSON document: " + e.getMessage(), e);
        }
    }
}
