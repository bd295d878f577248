package io.rolewire.apply.internal;

import io.rolewire.apply.Change;
import io.rolewire.apply.DriftProperties;
import io.rolewire.apply.DriftWatch;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.Verification;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunKind;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.events.DriftCleared;
import io.rolewire.runs.events.DriftFound;
import io.rolewire.wiring.FindingCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drift watch: a wired run is checked by reading its live plan (every resource should be in
 * place: anything to create or update is drift) and verifying it again (a trust that lost our
 * statement, or shows an orphaned {@code AROA…} id after a role was recreated, fails it). What
 * changed is recorded once, when it is first seen or differs from the last check, and the run moves
 * between VERIFIED and VERIFICATION_FAILED as its verification does.
 */
class DriftChecks implements DriftWatch {

    private static final Logger log = LoggerFactory.getLogger(DriftChecks.class);

    private final Runs runs;
    private final RunLifecycle lifecycle;
    private final LivePlanner planner;
    private final Verifier verifier;
    private final JdbcApplyStore store;
    private final JdbcDriftChecks checks;
    private final StepEvents events;
    private final ApplyMeters meters;
    private final DriftProperties properties;
    private final Clock clock;

    DriftChecks(
            Runs runs,
            RunLifecycle lifecycle,
            LivePlanner planner,
            Verifier verifier,
            JdbcApplyStore store,
            JdbcDriftChecks checks,
            StepEvents events,
            ApplyMeters meters,
            DriftProperties properties,
            Clock clock) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.planner = planner;
        this.verifier = verifier;
        this.store = store;
        this.checks = checks;
        this.events = events;
        this.meters = meters;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<Drift> drifted(int limit) {
        return checks.drifted(limit).stream().map(DriftChecks::drift).toList();
    }

    @Override
    public Optional<Drift> of(long runId) {
        return checks.driftOf(runId).map(DriftChecks::drift);
    }

    @Override
    public Optional<Drift> checkNow(long runId) {
        runs.find(runId)
                .filter(run -> run.status() == RunStatus.VERIFIED || run.status() == RunStatus.VERIFICATION_FAILED)
                .filter(run -> run.kind() == RunKind.WIRE && !unwired(run.id()))
                .ifPresent(this::check);
        return of(runId);
    }

    @Override
    public int checkDue() {
        Instant now = JdbcApplyStore.now(clock);
        List<Long> due = checks.due(now, now.minus(properties.interval()), properties.perTick(checks.wired()));
        for (long runId : due) {
            try {
                runs.find(runId).ifPresent(this::check);
            } catch (RuntimeException e) {
                // one run that cannot be checked must not stop the others; it is due again next time
                log.warn("Drift check of run {} failed", runId, e);
            }
        }
        return due.size();
    }

    /** A wiring a VERIFIED un-wire removed is not watched: its absence is the point (ADR 018). */
    private boolean unwired(long runId) {
        return runs.unwireOf(runId)
                .filter(u -> u.status() == RunStatus.VERIFIED)
                .isPresent();
    }

    void check(Run run) {
        Instant now = JdbcApplyStore.now(clock);
        Optional<JdbcDriftChecks.Drift> before = checks.driftOf(run.id());
        LivePlan plan = planner.plan(run, now);
        if (!plan.complete()) {
            // an account that cannot be read says nothing about drift: keep what was known
            log.warn("Drift check of run {}: an account could not be read; checked again next time", run.id());
            checks.record(run.id(), now, before.orElse(null));
            return;
        }
        Verification verification = verifier.verify(run, Requester.SYSTEM.username());
        List<String> changes = changes(plan, verification);
        if (changes.isEmpty()) {
            checks.record(run.id(), now, null);
            if (before.isPresent()) {
                record(verification);
                events.driftCleared(run.id(), new DriftCleared(before.get().since()), now);
            }
        } else {
            Instant since = before.map(JdbcDriftChecks.Drift::since).orElse(now);
            String text = String.join("\n", changes);
            checks.record(run.id(), now, new JdbcDriftChecks.Drift(run.id(), since, text));
            if (before.isEmpty() || !before.get().changes().equals(text)) {
                record(verification);
                events.driftFound(run.id(), new DriftFound(changes, since, verification.verified()), now);
                meters.driftFound();
            }
        }
        boolean statusChanges = (run.status() == RunStatus.VERIFIED) != verification.verified();
        if (statusChanges) {
            lifecycle.reverify(run.id(), Requester.SYSTEM, verification.verified());
        }
    }

    /** One line per resource not in place and per failed check; empty when the run is as it left it. */
    static List<String> changes(LivePlan plan, Verification verification) {
        List<String> changes = new ArrayList<>();
        plan.resources().stream()
                .filter(r -> r.change() != Change.UNCHANGED && r.change() != Change.UNKNOWN)
                .forEach(r ->
                        changes.add(r.key() + ": " + r.change() + (r.note() == null ? "" : " (" + r.note() + ")")));
        plan.findings().stream()
                .filter(f -> FindingCodes.TRUST_ORPHANED_PRINCIPAL.equals(f.code()))
                .forEach(f -> changes.add(f.documentKey() + ": " + f.message()));
        verification.checks().stream()
                .filter(c -> !c.passed())
                .forEach(c -> changes.add("verification " + c.name() + ": " + c.evidence()));
        return changes;
    }

    private void record(Verification verification) {
        store.saveVerification(verification);
        events.verified(verification);
    }

    private static Drift drift(JdbcDriftChecks.Drift stored) {
        return new Drift(
                stored.runId(), stored.since(), Arrays.asList(stored.changes().split("\n")));
    }
}
