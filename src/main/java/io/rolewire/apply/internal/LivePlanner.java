package io.rolewire.apply.internal;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlanFinding;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsSessions;
import io.rolewire.aws.CallerIdentity;
import io.rolewire.aws.PolicyValidator;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunKind;
import io.rolewire.wiring.DocumentDiff;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.Wiring;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a run's live plan: reads both accounts (at the same time), decides per resource, asks
 * Access Analyzer about the policies, and hashes the live documents the plan was computed from.
 */
final class LivePlanner {

    private static final Logger log = LoggerFactory.getLogger(LivePlanner.class);

    private final AwsSessions sessions;
    private final Decisions decisions;
    private final Wiring wiring;
    private final AnalyzerFindings analyzer;
    private final AwsText text;
    private final Executor readers;

    LivePlanner(AwsSessions sessions, Wiring wiring, AwsText text, Executor readers) {
        this(sessions, wiring, RoleUses.NONE, text, readers);
    }

    /** @param uses which roles an un-wire must keep for other wirings (ADR 018) */
    LivePlanner(AwsSessions sessions, Wiring wiring, RoleUses uses, AwsText text, Executor readers) {
        this.sessions = sessions;
        this.wiring = wiring;
        this.decisions = new Decisions(wiring, uses);
        this.analyzer = new AnalyzerFindings(text, wiring);
        this.text = text;
        this.readers = readers;
    }

    /** The plan when AWS access is off: the documents alone, nothing known about the accounts. */
    LivePlan offline(Run run, Instant now) {
        String reason = text.of("apply.plan.awsAccessOff");
        List<AccountReach> accounts = List.of(
                new AccountReach(Side.SOURCE, run.input().source().accountId(), false, null, reason),
                new AccountReach(Side.DESTINATION, run.input().destination().accountId(), false, null, reason));
        // said once for the installation (the page's notice), not again on every resource
        List<PlannedResource> resources =
                ResourceSpecs.of(run).stream().map(spec -> unknown(spec, null)).toList();
        return new LivePlan(run.id(), run.planHash(), now, false, accounts, resources, List.of());
    }

    /**
     * Reads both accounts at the same time, and in each every resource at the same time (none of
     * these reads needs another's answer), so a plan takes about one call's time, not one per resource.
     */
    LivePlan plan(Run run, Instant now) {
        return plan(run, now, Optional.empty());
    }

    /**
     * @param analyzerFindings Access Analyzer's findings to keep instead of asking again: its
     *     ValidatePolicy depends only on the documents to write, and its checks of the destination
     *     trust on the live trust and those documents, all in the hash, so a plan with the same hash
     *     has the same findings (the apply reuses the approved plan's, and saves round trips)
     */
    LivePlan plan(Run run, Instant now, Optional<List<PlanFinding>> analyzerFindings) {
        return read(run, now, () -> analyzerFindings).plan();
    }

    /** A plan with the reads it was computed from, by resource key (those of a reachable account). */
    record Read(LivePlan plan, Map<String, LiveResource> lives) {}

    /**
     * @param knownAnalyzerFindings asked while the accounts' reads are under way: Access Analyzer's
     *     findings to keep, or empty to ask it
     */
    Read read(Run run, Instant now, Supplier<Optional<List<PlanFinding>>> knownAnalyzerFindings) {
        List<ResourceSpec> specs = ResourceSpecs.of(run);
        PendingSide pendingSource = start(run, Side.SOURCE, specs);
        PendingSide pendingDestination = start(run, Side.DESTINATION, specs);
        Optional<List<PlanFinding>> analyzerFindings = knownAnalyzerFindings.get();
        SideRead sourceRead = finish(run, pendingSource);
        SideRead destination = finish(run, pendingDestination);

        List<PlannedResource> resources = new ArrayList<>(sourceRead.resources());
        resources.addAll(destination.resources());
        List<PlanFinding> findings = new ArrayList<>(sourceRead.findings());
        findings.addAll(destination.findings());
        if (analyzerFindings.isPresent()) {
            findings.addAll(analyzerFindings.get());
        } else if (run.kind() == RunKind.WIRE) {
            findings.addAll(
                    analyzer.findings(validator(sourceRead), validator(destination), resources, run.input(), readers));
        }
        String hash = PlanHashes.of(documentsHash(run, resources), List.of(sourceRead, destination));
        LivePlan plan = new LivePlan(
                run.id(), hash, now, true, List.of(sourceRead.reach(), destination.reach()), resources, findings);
        Map<String, LiveResource> lives = new HashMap<>();
        for (SideRead side : List.of(sourceRead, destination)) {
            for (int i = 0; i < side.lives().size(); i++) {
                lives.put(side.specs().get(i).key(), side.lives().get(i));
            }
        }
        return new Read(plan, lives);
    }

    /**
     * An un-wire's decisions also depend on which roles other wirings use (kept or deleted), which
     * the live reads do not show: they are part of what an approval binds to.
     */
    private static String documentsHash(Run run, List<PlannedResource> resources) {
        if (run.kind() == RunKind.WIRE) {
            return run.planHash();
        }
        StringBuilder decided = new StringBuilder(run.planHash());
        resources.forEach(r -> decided.append('|').append(r.key()).append('=').append(r.change()));
        return PlanHashes.sha256(decided.toString());
    }

    /** Access Analyzer through an account's session; null for an account that could not be read. */
    private static PolicyValidator validator(SideRead side) {
        return side.reach().reachable() ? side.session().policyValidator() : null;
    }

    /** One account's reads, under way. */
    private record PendingSide(
            Side side,
            String account,
            List<ResourceSpec> specs,
            AccountSession session,
            CompletableFuture<CallerIdentity> caller,
            List<CompletableFuture<LiveResource>> lives,
            RuntimeException notOpened) {}

    private PendingSide start(Run run, Side side, List<ResourceSpec> specs) {
        String account = side == Side.SOURCE
                ? run.input().source().accountId()
                : run.input().destination().accountId();
        List<ResourceSpec> mine = specs.stream().filter(s -> s.side() == side).toList();
        try {
            AccountSession session = sessions.open(account, run.input().region(), String.valueOf(run.id()));
            CompletableFuture<CallerIdentity> caller = CompletableFuture.supplyAsync(session::callerIdentity, readers);
            // a role and its trust are one GetRole: one call per account serves both
            Map<String, CompletableFuture<LiveResource>> reads = new HashMap<>();
            List<CompletableFuture<LiveResource>> lives = mine.stream()
                    .map(spec -> reads.computeIfAbsent(
                            LiveReads.sameReadAs(spec),
                            key -> CompletableFuture.supplyAsync(() -> LiveReads.read(session, spec), readers)))
                    .toList();
            return new PendingSide(side, account, mine, session, caller, lives, null);
        } catch (RuntimeException e) {
            return new PendingSide(side, account, mine, null, null, List.of(), e);
        }
    }

    private SideRead finish(Run run, PendingSide pending) {
        String account = pending.account();
        List<ResourceSpec> mine = pending.specs();
        try {
            if (pending.notOpened() != null) {
                throw pending.notOpened();
            }
            CallerIdentity caller = joined(pending.caller());
            if (!account.equals(caller.account())) {
                String reason = text.of("apply.plan.wrongAccount", account, caller.account(), caller.arn());
                return SideRead.unreachable(
                        pending.side(),
                        account,
                        reason,
                        mine.stream().map(s -> unknown(s, notRead(account))).toList());
            }
            List<PlannedResource> resources = new ArrayList<>();
            List<PlanFinding> findings = new ArrayList<>();
            List<LiveResource> lives = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                ResourceSpec spec = mine.get(i);
                LiveResource live = joined(pending.lives().get(i));
                Decision decision = decisions.decide(spec, live, run);
                lives.add(live);
                resources.add(planned(spec, live, decision));
                decision.findings().forEach(f -> findings.add(rolewire(spec.key(), f)));
                if (spec.type() == ResourceType.TRUST_POLICY && live.present()) {
                    wiring.inspectTrustPolicy(live.document()).forEach(f -> findings.add(rolewire(spec.key(), f)));
                }
            }
            AccountReach reach = new AccountReach(pending.side(), account, true, caller.arn(), null);
            return new SideRead(reach, pending.session(), mine, lives, resources, findings);
        } catch (AwsCallFailed e) {
            log.warn("Live plan of run {}: account {} not read: {}", run.id(), account, e.getMessage());
            String reason = text.reach(e);
            return SideRead.unreachable(
                    pending.side(),
                    account,
                    reason,
                    mine.stream().map(s -> unknown(s, notRead(account))).toList());
        } catch (RuntimeException e) {
            // credentials that cannot be loaded, an unparseable answer: the account is unreadable, the page is not
            log.warn("Live plan of run {}: account {} not read", run.id(), account, e);
            String reason = text.of("apply.plan.unreadable", account);
            return SideRead.unreachable(
                    pending.side(),
                    account,
                    reason,
                    mine.stream().map(s -> unknown(s, notRead(account))).toList());
        }
    }

    /** The read's own exception, not the future's wrapper: an AWS refusal stays an AWS refusal. */
    static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private PlannedResource planned(ResourceSpec spec, LiveResource live, Decision decision) {
        boolean document = hasDocument(spec.type());
        String desired = decision.write() != null ? decision.write() : spec.desired();
        DocumentDiff diff = null;
        if (document && decision.write() != null && spec.type() == ResourceType.TRUST_STATEMENT_REMOVE) {
            diff = wiring.diff(live.document(), decision.write()); // the trust after our statement is out
        } else if (document && (decision.change() == Change.UPDATE || decision.change() == Change.CREATE)) {
            diff = wiring.diff(live.document(), desired);
        }
        return resource(
                spec,
                decision.change(),
                live.id(),
                document ? live.document() : null,
                document ? desired : spec.desired(),
                diff,
                decision.note());
    }

    /** The account's reason is said once, on the account; each of its resources points there. */
    private static Note notRead(String account) {
        return Note.of("apply.plan.notRead", account);
    }

    private PlannedResource unknown(ResourceSpec spec, Note reason) {
        return resource(spec, Change.UNKNOWN, null, null, spec.desired(), null, reason);
    }

    /** Kind and note as codes for pages, and in English (resolved here) for the API and older readers. */
    private PlannedResource resource(
            ResourceSpec spec,
            Change change,
            String liveId,
            String liveDocument,
            String desiredDocument,
            DocumentDiff diff,
            Note note) {
        return new PlannedResource(
                spec.key(),
                spec.side(),
                spec.accountId(),
                text.of(spec.type().messageCode()),
                spec.name(),
                change,
                liveId,
                liveDocument,
                desiredDocument,
                diff,
                text.of(note),
                spec.type().name(),
                note == null ? null : note.code(),
                note == null ? List.of() : note.args());
    }

    static boolean hasDocument(ResourceType type) {
        return switch (type) {
            case ROLE, INLINE_POLICY, TRUST_POLICY, TASK_DEFINITION, INLINE_POLICY_DELETE, TRUST_STATEMENT_REMOVE ->
                true;
            default -> false;
        };
    }

    private static PlanFinding rolewire(String key, Finding finding) {
        return new PlanFinding(
                PlanFinding.ROLEWIRE,
                key,
                finding.severity(),
                finding.code(),
                finding.severity().name(),
                finding.message());
    }

    /** What was read from one account (or why nothing was). */
    record SideRead(
            AccountReach reach,
            AccountSession session,
            List<ResourceSpec> specs,
            List<LiveResource> lives,
            List<PlannedResource> resources,
            List<PlanFinding> findings) {

        static SideRead unreachable(Side side, String account, String reason, List<PlannedResource> resources) {
            return new SideRead(
                    new AccountReach(side, account, false, null, reason),
                    null,
                    List.of(),
                    List.of(),
                    resources,
                    List.of());
        }
    }
}
