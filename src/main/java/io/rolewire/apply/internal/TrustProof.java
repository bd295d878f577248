package io.rolewire.apply.internal;

import io.rolewire.apply.Change;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.aws.AccessCheck;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.aws.PolicyValidator;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.TrustRemainder;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Access Analyzer's proof that a destination trust update changes only our statement: the live
 * trust and the new one, each without our statement ({@link Wiring#trustWithoutOurStatement}), are
 * compared with CheckNoNewAccess both ways; two PASSes mean each allows exactly what the other does.
 * The new trust is also checked for public access (a created role's trust too). Asked through the
 * destination account's session: it is that account's trust, and its deployer role is granted the
 * checks (the documents stay in that account's analyzer).
 */
final class TrustProof {

    static final String PROVEN = "TRUST_MERGE_PROVEN";
    static final String ADDS_ACCESS = "TRUST_MERGE_ADDS_ACCESS";
    static final String REMOVES_ACCESS = "TRUST_MERGE_REMOVES_ACCESS";
    static final String PUBLIC_ACCESS = "TRUST_PUBLIC_ACCESS";

    private final AwsText text;
    private final Wiring wiring;

    TrustProof(AwsText text, Wiring wiring) {
        this.text = text;
        this.wiring = wiring;
    }

    /** The checks of one trust, under way; a check not asked is null. */
    record Pending(
            String key,
            CompletableFuture<AccessCheck> addsNothing,
            CompletableFuture<AccessCheck> takesNothing,
            CompletableFuture<AccessCheck> notPublic) {}

    /** Starts the checks of the destination trust the apply writes; empty when it writes none. */
    Optional<Pending> start(
            PolicyValidator analyzer, List<PlannedResource> resources, WiringInput input, Executor readers) {
        return resources.stream()
                .filter(r -> r.side() == Side.DESTINATION
                        && ResourceType.TRUST_POLICY.name().equals(r.type()))
                .filter(r -> r.change() == Change.CREATE || r.change() == Change.UPDATE)
                .filter(r -> r.desiredDocument() != null)
                .findFirst()
                .map(trust -> start(analyzer, trust, input, readers));
    }

    private Pending start(PolicyValidator analyzer, PlannedResource trust, WiringInput input, Executor readers) {
        CompletableFuture<AccessCheck> notPublic =
                async(() -> analyzer.checkNoPublicAccess(trust.desiredDocument()), readers);
        return remainders(trust, input)
                .map(r -> new Pending(
                        trust.key(),
                        async(() -> analyzer.checkNoNewAccess(r.after(), r.before()), readers),
                        async(() -> analyzer.checkNoNewAccess(r.before(), r.after()), readers),
                        notPublic))
                .orElseGet(() -> new Pending(trust.key(), null, null, notPublic));
    }

    /** The live and the new trust without our statement, each as Access Analyzer is sent it. */
    private record Remainders(String before, String after) {}

    /** None for a created trust (nothing to compare with), or one of only ours (nothing to prove). */
    private Optional<Remainders> remainders(PlannedResource trust, WiringInput input) {
        if (trust.change() != Change.UPDATE) {
            return Optional.empty();
        }
        Optional<TrustRemainder> live = remainder(trust.liveDocument(), input);
        Optional<TrustRemainder> next = remainder(trust.desiredDocument(), input);
        if (live.isEmpty()
                || next.isEmpty()
                || (live.get().isEmpty() && next.get().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Remainders(live.get().document(), next.get().document()));
    }

    /** The answers as findings: a proof, what it could not prove, and public access. */
    void collect(Pending pending, AnalyzerAnswers answers) {
        String key = pending.key();
        Optional<AccessCheck> adds = answer(pending.addsNothing(), "CheckNoNewAccess", key, answers);
        Optional<AccessCheck> takes = answer(pending.takesNothing(), "CheckNoNewAccess", key, answers);
        Optional<AccessCheck> open = answer(pending.notPublic(), "CheckNoPublicAccess", key, answers);
        if (adds.isPresent()
                && takes.isPresent()
                && adds.get().passed()
                && takes.get().passed()) {
            answers.add(key, Severity.INFO, PROVEN, text.of("aws.analyzer.trust.proven"));
        }
        adds.filter(c -> !c.passed())
                .ifPresent(c -> answers.add(
                        key, Severity.WARNING, ADDS_ACCESS, text.of("aws.analyzer.trust.addsAccess", details(c))));
        takes.filter(c -> !c.passed())
                .ifPresent(c -> answers.add(
                        key,
                        Severity.WARNING,
                        REMOVES_ACCESS,
                        text.of("aws.analyzer.trust.removesAccess", details(c))));
        // an approver must not miss a role anyone may assume: shown as an error
        open.filter(c -> !c.passed())
                .ifPresent(c -> answers.add(
                        key, Severity.ERROR, PUBLIC_ACCESS, text.of("aws.analyzer.trust.publicAccess", details(c))));
    }

    private Optional<TrustRemainder> remainder(String trust, WiringInput input) {
        return trust == null ? Optional.empty() : wiring.trustWithoutOurStatement(trust, input);
    }

    private static Optional<AccessCheck> answer(
            CompletableFuture<AccessCheck> call, String operation, String key, AnalyzerAnswers answers) {
        if (call == null) {
            return Optional.empty();
        }
        AccessCheck check = AnalyzerAnswers.joined(
                call, e -> AccessCheck.unanswered(operation, PolicyValidation.Status.UNAVAILABLE, e.toString(), null));
        return answers.answered(key, check) ? Optional.of(check) : Optional.empty();
    }

    /** Access Analyzer's own sentence and reasons, as it words them (pages escape them). */
    private String details(AccessCheck check) {
        List<String> parts = new ArrayList<>();
        if (check.message() != null && !check.message().isBlank()) {
            parts.add(check.message());
        }
        check.reasons().forEach(r -> parts.add(reason(r)));
        return String.join(" ", parts);
    }

    /** The statement named by its Sid, else by its index as Access Analyzer counts (not ours to renumber). */
    private String reason(AccessCheck.Reason reason) {
        String description = reason.description() == null ? "" : reason.description();
        if (reason.statementId() != null && !reason.statementId().isBlank()) {
            return text.of("aws.analyzer.check.reasonInStatement", description, reason.statementId());
        }
        if (reason.statementIndex() != null) {
            return text.of("aws.analyzer.check.reasonAtIndex", description, String.valueOf(reason.statementIndex()));
        }
        return description;
    }

    private static CompletableFuture<AccessCheck> async(Supplier<AccessCheck> check, Executor readers) {
        return CompletableFuture.supplyAsync(check, readers);
    }
}
