package io.rolewire.apply.internal;

import io.rolewire.apply.Applies;
import io.rolewire.apply.ApplyRefused;
import io.rolewire.apply.ExpiryWatch;
import io.rolewire.apply.LivePlans;
import io.rolewire.apply.Unwires;
import io.rolewire.runs.AccessEnds;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the un-wire of wirings whose access has ended, once each: the un-wire's requester is
 * Rolewire itself ({@link Requester#SYSTEM}), so four eyes still hold. When the admin who approved
 * the wiring also approved its un-wire in advance, the un-wire is approved in that admin's name
 * (marked "in advance"), bound to the live plan read now, and applied; otherwise it waits on the
 * approvals page. A step that cannot be taken (an account unreadable, the plan refused) leaves the
 * un-wire where it stands, for a person, and is logged; the next look does not start another.
 */
class ExpiryUnwires implements ExpiryWatch {

    /** Wirings handled per look; the rest are handled by the next looks. */
    static final int PER_LOOK = 20;

    private static final Logger log = LoggerFactory.getLogger(ExpiryUnwires.class);

    private final AccessEnds accessEnds;
    private final Runs runs;
    private final Unwires unwires;
    private final LivePlans plans;
    private final Approvals approvals;
    private final Applies applies;
    private final Clock clock;

    ExpiryUnwires(
            AccessEnds accessEnds,
            Runs runs,
            Unwires unwires,
            LivePlans plans,
            Approvals approvals,
            Applies applies,
            Clock clock) {
        this.accessEnds = accessEnds;
        this.runs = runs;
        this.unwires = unwires;
        this.plans = plans;
        this.approvals = approvals;
        this.applies = applies;
        this.clock = clock;
    }

    /** The scheduled look, at the clock's time. */
    void look() {
        unwireEnded(clock.instant());
    }

    @Override
    public List<Run> unwireEnded(Instant now) {
        List<Run> started = new ArrayList<>();
        for (long wiringId : accessEnds.endedWithoutUnwire(now, PER_LOOK)) {
            start(wiringId).ifPresent(started::add);
        }
        return started;
    }

    private Optional<Run> start(long wiringId) {
        Run unwire;
        try {
            unwire = unwires.start(wiringId, Requester.SYSTEM);
        } catch (TransitionRefused refused) {
            // un-wired meanwhile, or by another instance's look: nothing to start
            log.info("Access of run {} ended; no un-wire started: {}", wiringId, refused.getMessage());
            return Optional.empty();
        }
        log.info("Access of run {} ended: un-wire run {} started", wiringId, unwire.id());
        Run wiring = runs.find(wiringId).orElseThrow();
        if (wiring.unwireApprovedInAdvance() && wiring.lifecycle().approved() != null) {
            return Optional.of(approvedInAdvance(wiring, unwire));
        }
        return Optional.of(unwire);
    }

    private Run approvedInAdvance(Run wiring, Run unwire) {
        ActingUser approver = inAdvance(wiring.lifecycle().approved().by());
        try {
            String seen = plans.refresh(unwire.id(), approver).hash();
            approvals.approve(unwire.id(), approver, seen);
            return applies.apply(unwire.id(), Requester.SYSTEM);
        } catch (TransitionRefused | ApplyRefused refused) {
            log.warn(
                    "Un-wire run {} of run {} was approved in advance but could not go on by itself: {}",
                    unwire.id(),
                    wiring.id(),
                    refused.getMessage());
            return runs.find(unwire.id()).orElseThrow();
        }
    }

    /** The admin's name as the history shows it: their approval, given with the wiring's. */
    static ActingUser inAdvance(String admin) {
        return ActingUser.of(admin + " (in advance)", ActingUser.ADMIN);
    }
}
