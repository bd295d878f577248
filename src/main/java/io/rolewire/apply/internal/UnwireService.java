package io.rolewire.apply.internal;

import io.rolewire.apply.Unwires;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.runs.UnwireRules;
import io.rolewire.wiring.Unwiring;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts un-wires: what the wiring run added is read from its recorded steps (roles it created,
 * the revision it registered), fixed in the new run's {@code unwire} document, and the run is
 * created and submitted in one transaction.
 */
class UnwireService implements Unwires {

    private final Runs runs;
    private final RunLifecycle lifecycle;
    private final JdbcWiringSteps steps;
    private final TransactionTemplate transaction;

    UnwireService(Runs runs, RunLifecycle lifecycle, JdbcWiringSteps steps, TransactionTemplate transaction) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.steps = steps;
        this.transaction = transaction;
    }

    @Override
    public Run start(long wiringRunId, ActingUser by) {
        Run wiring = runs.find(wiringRunId).orElseThrow(() -> new UnknownRunException(wiringRunId));
        // said before anything is read; createUnwire checks again under a lock of the wiring run
        UnwireRules.refusal(wiring, by, runs.unwireOf(wiringRunId)).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, wiringRunId, wiring.status());
        });
        Unwiring unwiring = steps.added(wiring);
        return transaction.execute(tx -> {
            Run draft = runs.createUnwire(wiring, unwiring.toDocument(), by);
            return lifecycle.submit(draft.id(), by);
        });
    }
}
