package io.rolewire.web.home;

import io.rolewire.apply.DriftWatch;
import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.AccessEnds;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.web.wizard.OpenDrafts;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the home page shows to one user: only the parts of the roles they hold are read, so a
 * reviewer's visit never lists drafts and an operator's never counts the whole log.
 */
@Component
class HomePage {

    /** Own runs read for the by-state view; older ones are one click away in the history. */
    static final int OWN_RUNS = 50;

    static final int PENDING_SHOWN = 10;

    static final int RECENT_RUNS = 10;

    static final int RECENT_AUDIT_EVENTS = 10;

    static final int FAILURES_SHOWN = 10;

    static final int ACCESS_ENDING_SHOWN = 20;

    /** How far ahead "Access ending soon" looks; ended accesses are always listed. */
    static final Duration ACCESS_ENDING_WINDOW = Duration.ofDays(7);

    private final OpenDrafts drafts;
    private final RunHistory history;
    private final RunLifecycle lifecycle;
    private final EventLog events;
    private final Checkpoints checkpoints;
    private final DriftWatch drift;
    private final AccessEnds accessEnds;

    HomePage(
            OpenDrafts drafts,
            RunHistory history,
            RunLifecycle lifecycle,
            EventLog events,
            Checkpoints checkpoints,
            DriftWatch drift,
            AccessEnds accessEnds) {
        this.drafts = drafts;
        this.history = history;
        this.lifecycle = lifecycle;
        this.events = events;
        this.checkpoints = checkpoints;
        this.drift = drift;
        this.accessEnds = accessEnds;
    }

    Map<String, Object> of(ActingUser user) {
        Map<String, Object> model = new HashMap<>();
        if (user.isCreator()) {
            model.put("drafts", drafts.of(user.actor()));
            model.put("myRuns", byStatus(own(user)));
        }
        if (user.isAdmin()) {
            model.put("pending", lifecycle.awaitingApproval(PENDING_SHOWN));
        }
        if (user.isAdmin() || user.hasRole(ActingUser.REVIEWER)) {
            model.put("accessEnding", accessEnds.endingWithin(ACCESS_ENDING_WINDOW, ACCESS_ENDING_SHOWN));
        }
        if (user.hasRole(ActingUser.REVIEWER)) {
            model.put(
                    "recent",
                    history.search(HistoryFilter.none(), null, RECENT_RUNS).items());
            model.put("auditEvents", events.recentAuditEvents(RECENT_AUDIT_EVENTS));
            model.put("verificationFailures", inStatus(RunStatus.VERIFICATION_FAILED));
            model.put("drifted", drift.drifted(FAILURES_SHOWN));
            model.put(
                    "latestCheckpoint",
                    checkpoints.latest(1).stream().findFirst().orElse(null));
        }
        return model;
    }

    private List<RunSummary> own(ActingUser user) {
        return history.search(new HistoryFilter(null, null, null, user.username()), null, OWN_RUNS)
                .items();
    }

    private List<RunSummary> inStatus(RunStatus status) {
        return history.search(new HistoryFilter(null, null, status, null), null, FAILURES_SHOWN)
                .items();
    }

    /** In lifecycle order (the enum's), newest first within a state; states without runs left out. */
    static Map<RunStatus, List<RunSummary>> byStatus(List<RunSummary> runs) {
        Map<RunStatus, List<RunSummary>> grouped = new EnumMap<>(RunStatus.class);
        for (RunStatus status : RunStatus.values()) {
            List<RunSummary> in =
                    runs.stream().filter(r -> r.status() == status).toList();
            if (!in.isEmpty()) {
                grouped.put(status, in);
            }
        }
        return grouped;
    }
}
