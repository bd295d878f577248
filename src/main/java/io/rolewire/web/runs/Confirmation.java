package io.rolewire.web.runs;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.wiring.DocumentKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The page between a button of the run page and the POST that writes: what will be written, in which
 * account, by whom, under which plan hash (issue 11). Computed from the latest live plan when one was
 * read (each resource the apply creates or updates), else from the documents.
 *
 * @param action {@code approve} or {@code apply}: the path of the POST and the message keys
 * @param by the signed-in user, in whose name the POST is recorded
 * @param planHash what is approved (the live plan's hash, else the documents'), or what was approved
 * @param plan the latest live plan, null when none was read
 * @param blocker why the POST cannot work now (the page then offers only Cancel), null when it can
 */
record Confirmation(
        String action,
        Run run,
        String by,
        String planHash,
        LivePlan plan,
        List<AccountWrites> accounts,
        Blocker blocker) {

    /** Documents for people, never written into an account. */
    private static final Set<String> NOT_WRITTEN = Set.of(
            DocumentKeys.CLI_PROFILE,
            DocumentKeys.CLI_SCRIPT,
            DocumentKeys.SOURCE_DEPLOYER_POLICY,
            DocumentKeys.DESTINATION_DEPLOYER_POLICY);

    /** One account and what will be written there. */
    record AccountWrites(Side side, String accountId, List<Write> writes, AccountReach reach) {}

    /**
     * One write: a resource of the live plan (kind, name, change) or, without one, a document.
     *
     * @param change CREATE or UPDATE; null for a document (the live state is not known)
     */
    record Write(String kind, String name, Change change, String documentKey) {}

    static Confirmation approve(Run run, ActingUser by, Optional<LivePlan> plan, boolean awsAccess, Instant now) {
        String hash = plan.map(LivePlan::hash).orElse(run.planHash());
        return of("approve", run, by, hash, plan, Blocker.ofApprove(run, now, awsAccess, plan));
    }

    static Confirmation apply(Run run, ActingUser by, Optional<LivePlan> plan, boolean awsAccess, Instant now) {
        String hash = run.lifecycle().approvedPlanHash();
        return of("apply", run, by, hash, plan, Blocker.ofApply(run, now, awsAccess, plan));
    }

    private static Confirmation of(
            String action, Run run, ActingUser by, String hash, Optional<LivePlan> plan, Optional<Blocker> blocker) {
        LivePlan live = plan.filter(LivePlan::awsAccess).orElse(null);
        List<AccountWrites> accounts = List.of(
                account(run, Side.SOURCE, run.input().source().accountId(), live),
                account(run, Side.DESTINATION, run.input().destination().accountId(), live));
        return new Confirmation(action, run, by.username(), hash, live, accounts, blocker.orElse(null));
    }

    private static AccountWrites account(Run run, Side side, String accountId, LivePlan live) {
        if (live == null) {
            List<Write> documents = run.documents().stream()
                    .map(d -> d.key())
                    .filter(key -> !NOT_WRITTEN.contains(key) && sideOf(key) == side)
                    .map(key -> new Write(null, null, null, key))
                    .toList();
            return new AccountWrites(side, accountId, documents, null);
        }
        List<Write> resources = live.resources().stream()
                .filter(r -> r.side() == side)
                .filter(r -> r.change() == Change.CREATE
                        || r.change() == Change.UPDATE
                        || r.change() == Change.DELETE) // an un-wire's removals (ADR 018)
                .map(Confirmation::write)
                .toList();
        AccountReach reach = live.accounts().stream()
                .filter(a -> a.side() == side)
                .findFirst()
                .orElse(null);
        return new AccountWrites(side, accountId, resources, reach);
    }

    private static Write write(PlannedResource r) {
        return new Write(r.kind(), r.name(), r.change(), null);
    }

    /** Only the destination trust policy goes into the destination account; the rest into the source. */
    private static Side sideOf(String documentKey) {
        return DocumentKeys.DESTINATION_TRUST_POLICY.equals(documentKey) ? Side.DESTINATION : Side.SOURCE;
    }
}
