package io.rolewire.apply.internal;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, no apply of this application is under way: a run still APPLYING was interrupted by a
 * stop or a crash. It becomes FAILED with "interrupted" (its running step too) and can be retried.
 * One application instance per database is assumed (see README and ADR 005). Called by
 * {@link ApplyService} when the application is ready, which then verifies runs left APPLIED.
 */
class InterruptedApplies {

    static final ActingUser SYSTEM = ActingUser.of("rolewire", ActingUser.ADMIN);
    static final String INTERRUPTED = "interrupted: the application stopped during the apply; retry continues from"
            + " the first step that is not in place";

    private static final Logger log = LoggerFactory.getLogger(InterruptedApplies.class);

    private final RunLifecycle lifecycle;
    private final JdbcApplyStore store;
    private final Clock clock;

    InterruptedApplies(RunLifecycle lifecycle, JdbcApplyStore store, Clock clock) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.clock = clock;
    }

    void failInterrupted() {
        for (long runId : lifecycle.idsIn(RunStatus.APPLYING)) {
            try {
                store.markInterrupted(runId, INTERRUPTED, JdbcApplyStore.now(clock));
                lifecycle.failApply(runId, SYSTEM, INTERRUPTED);
                log.warn("Run {} was APPLYING when the application stopped: marked FAILED (interrupted)", runId);
            } catch (RuntimeException e) {
                log.error("Run {} could not be marked FAILED after an interrupted apply", runId, e);
            }
        }
    }
}
