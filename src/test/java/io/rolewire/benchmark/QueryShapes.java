package io.rolewire.benchmark;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The history queries a reviewer makes, each as a function of one sampled run: its values are
 * what a person would filter on, so popular accounts and roles come up as often as in the data.
 */
final class QueryShapes {

    private QueryShapes() {}

    static Map<String, Function<RunSummary, HistoryFilter>> all() {
        Map<String, Function<RunSummary, HistoryFilter>> shapes = new LinkedHashMap<>();
        shapes.put("no filter", r -> HistoryFilter.none());
        shapes.put("no filter, oldest first", r -> f(r, null, null, null, null, null, null, null, null, null, true));
        shapes.put(
                "account (either side)",
                r -> f(r, r.sourceAccountId(), null, null, null, null, null, null, null, null, false));
        shapes.put(
                "source account",
                r -> f(r, null, null, null, null, r.sourceAccountId(), null, null, null, null, false));
        shapes.put(
                "destination account",
                r -> f(r, null, null, null, null, null, r.destinationAccountId(), null, null, null, false));
        shapes.put(
                "role (either side)",
                r -> f(r, null, r.destinationRoleName(), null, null, null, null, null, null, null, false));
        shapes.put("status (sampled)", r -> f(r, null, null, r.status(), null, null, null, null, null, null, false));
        shapes.put(
                "status rare (APPLYING)",
                r -> f(r, null, null, RunStatus.APPLYING, null, null, null, null, null, null, false));
        shapes.put(
                "workload EC2",
                r -> f(r, null, null, null, null, null, null, Workload.EC2_INSTANCE, null, null, false));
        shapes.put("requester", r -> f(r, null, null, null, r.createdBy(), null, null, null, null, null, false));
        shapes.put(
                "created in one month",
                r -> f(r, null, null, null, null, null, null, null, day(r).minusDays(30), day(r), false));
        shapes.put("text prefix (role or family)", r -> text(r.sourceRoleName().substring(0, 9)));
        shapes.put(
                "text prefix, 3 characters", r -> text(r.destinationRoleName().substring(0, 3)));
        shapes.put(
                "status + account",
                r -> f(r, r.destinationAccountId(), null, r.status(), null, null, null, null, null, null, false));
        shapes.put(
                "status + role",
                r -> f(r, null, r.sourceRoleName(), r.status(), null, null, null, null, null, null, false));
        shapes.put(
                "status + one month",
                r -> f(r, null, null, r.status(), null, null, null, null, day(r).minusDays(30), day(r), false));
        shapes.put(
                "account + one month",
                r -> f(
                        r,
                        r.sourceAccountId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        day(r).minusDays(30),
                        day(r),
                        false));
        shapes.put(
                "requester + status",
                r -> f(r, null, null, r.status(), r.createdBy(), null, null, null, null, null, false));
        shapes.put(
                "source + destination account",
                r -> f(
                        r,
                        null,
                        null,
                        null,
                        null,
                        r.sourceAccountId(),
                        r.destinationAccountId(),
                        null,
                        null,
                        null,
                        false));
        shapes.put(
                "role + one month",
                r -> f(r, null, r.sourceRoleName(), null, null, null, null, null, day(r).minusDays(30), day(r), false));
        shapes.put("text prefix + status", r -> text(r.sourceRoleName().substring(0, 9), r.status()));
        shapes.put(
                "status + account, oldest first",
                r -> f(r, r.sourceAccountId(), null, r.status(), null, null, null, null, null, null, true));
        shapes.put(
                "status + workload",
                r -> f(r, null, null, RunStatus.FAILED, null, null, null, Workload.EC2_INSTANCE, null, null, false));
        return shapes;
    }

    /**
     * Pages further down: each starts at the sampled run (the cursor a "next" link carries), so the
     * time includes reading the cursor's place in the order.
     */
    static Map<String, Function<RunSummary, HistoryFilter>> fromCursor() {
        Map<String, Function<RunSummary, HistoryFilter>> shapes = new LinkedHashMap<>();
        shapes.put("no filter, a later page", r -> HistoryFilter.none());
        shapes.put(
                "status + one month, a later page",
                r -> f(r, null, null, r.status(), null, null, null, null, day(r).minusDays(30), day(r), false));
        shapes.put(
                "status + account, a later page",
                r -> f(r, r.destinationAccountId(), null, r.status(), null, null, null, null, null, null, false));
        shapes.put("text prefix, a later page", r -> text(r.sourceRoleName().substring(0, 9)));
        shapes.put(
                "created in one month, oldest first, a later page",
                r -> f(r, null, null, null, null, null, null, null, day(r).minusDays(30), day(r), true));
        return shapes;
    }

    private static LocalDate day(RunSummary r) {
        return r.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static HistoryFilter text(String prefix) {
        return text(prefix, null);
    }

    private static HistoryFilter text(String prefix, RunStatus status) {
        return new HistoryFilter(null, null, status, null, null, null, null, null, null, prefix, null);
    }

    private static HistoryFilter f(
            RunSummary r,
            String account,
            String role,
            RunStatus status,
            String by,
            String source,
            String destination,
            Workload workload,
            LocalDate from,
            LocalDate to,
            boolean oldest) {
        return new HistoryFilter(
                account,
                role,
                status,
                by,
                source,
                destination,
                workload,
                from,
                to,
                null,
                oldest ? HistoryOrder.OLDEST_FIRST : null);
    }
}
