package io.rolewire.web.runs;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.LivePlan;
import io.rolewire.runs.Run;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why approve or apply cannot work now although the run's own rules allow them: AWS access is off,
 * no live plan was read to approve, or an account was not reachable in the latest live plan. The
 * page offers the button only when there is none, and shows this reason in its place; the server
 * refuses again on POST (the apply module re-reads the live state).
 *
 * @param code a key of {@code lifecycle-messages.properties}
 * @param args its arguments: the accounts concerned, when any
 */
record Blocker(String code, List<String> args) {

    /**
     * Without AWS access the documents are the plan and may be approved; with it, the approval binds
     * to a live plan of both accounts, which must have been read.
     */
    static Optional<Blocker> ofApprove(Run run, Instant now, boolean awsAccess, Optional<LivePlan> plan) {
        if (run.accessEndedAt(now)) {
            return Optional.of(accessEnded(run));
        }
        if (!awsAccess) {
            return Optional.empty();
        }
        if (plan.isEmpty() || !plan.get().awsAccess()) {
            return Optional.of(new Blocker("confirm.blocked.noLivePlan", List.of()));
        }
        return unreachable(plan.get());
    }

    /** The apply reads the live state again itself: only AWS access off or a known unreachable account stop it. */
    static Optional<Blocker> ofApply(Run run, Instant now, boolean awsAccess, Optional<LivePlan> plan) {
        if (run.accessEndedAt(now)) {
            return Optional.of(accessEnded(run));
        }
        if (!awsAccess) {
            return Optional.of(new Blocker("confirm.blocked.awsOff", List.of()));
        }
        return plan.filter(LivePlan::awsAccess).flatMap(Blocker::unreachable);
    }

    private static Blocker accessEnded(Run run) {
        return new Blocker(
                "confirm.blocked.accessEnded", List.of(run.input().accessUntil().toString()));
    }

    private static Optional<Blocker> unreachable(LivePlan plan) {
        if (plan.complete()) {
            return Optional.empty();
        }
        String accounts = plan.accounts().stream()
                .filter(a -> !a.reachable())
                .map(AccountReach::accountId)
                .collect(Collectors.joining(", "));
        return Optional.of(new Blocker("confirm.blocked.unreachable", List.of(accounts)));
    }
}
