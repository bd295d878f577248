package io.rolewire.web.runs;

import io.rolewire.apply.ApplyProgress;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlanFinding;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.web.PlanFindings;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What the run page shows of the live plan and the apply, and which of their buttons this user gets
 * (the run's own rules decide; the server checks again on POST).
 *
 * @param plan the latest live plan, null when none was read
 * @param approvePlanHash what the approve form carries: the live plan's hash, else the documents'
 * @param progress the steps of the latest apply, null when the run was never applied
 * @param mayReadLive reading the live state calls AWS: operators and admins, while it can matter
 * @param approveBlocker why approving cannot work now (shown in place of the button), null when it can
 * @param applyBlocker why applying cannot work now (shown in place of the button), null when it can
 */
record ApplyPanel(
        LivePlan plan,
        Map<String, List<PlanFinding>> planFindings,
        String approvePlanHash,
        ApplyProgress progress,
        boolean mayReadLive,
        boolean mayApply,
        boolean mayRetry,
        boolean mayReverify,
        Blocker approveBlocker,
        Blocker applyBlocker) {

    /** Statuses an apply has reached at least once: only they have steps to show. */
    static final Set<RunStatus> APPLIED_ONCE = EnumSet.of(
            RunStatus.APPLYING, RunStatus.APPLIED, RunStatus.FAILED, RunStatus.VERIFIED, RunStatus.VERIFICATION_FAILED);

    private static final Set<RunStatus> NOTHING_TO_READ =
            EnumSet.of(RunStatus.CANCELLED, RunStatus.REJECTED, RunStatus.APPLYING);

    static ApplyPanel of(
            Run run,
            ActingUser user,
            Optional<LivePlan> plan,
            LongFunction<ApplyProgress> progressOf,
            boolean awsAccess,
            Instant now) {
        ApplyProgress progress = APPLIED_ONCE.contains(run.status()) ? progressOf.apply(run.id()) : null;
        return new ApplyPanel(
                plan.orElse(null),
                plan.map(p -> byOrigin(p.findings())).orElse(Map.of()),
                plan.map(LivePlan::hash).orElse(run.planHash()),
                progress,
                user.isCreator() && !NOTHING_TO_READ.contains(run.status()),
                run.applyRefusal(user).isEmpty(),
                run.retryRefusal(user).isEmpty(),
                run.reverifyRefusal(user).isEmpty(),
                Blocker.ofApprove(run, now, awsAccess, plan).orElse(null),
                Blocker.ofApply(run, now, awsAccess, plan).orElse(null));
    }

    public boolean anyApplyAction() {
        return mayApply || mayRetry || mayReverify;
    }

    static Map<String, List<PlanFinding>> byOrigin(List<PlanFinding> findings) {
        return PlanFindings.byOrigin(findings);
    }
}
