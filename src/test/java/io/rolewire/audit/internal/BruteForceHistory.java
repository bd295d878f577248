package io.rolewire.audit.internal;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.audit.RunSummary;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The meaning of each history filter, written as plainly as possible over a list in memory. */
record BruteForceHistory(List<RunSummary> runs) {

    /** The history's order: creation time, then run id (runs created in the same instant). */
    static final Comparator<RunSummary> BY_TIME =
            Comparator.comparing(RunSummary::createdAt).thenComparingLong(RunSummary::id);

    List<RunSummary> matching(HistoryFilter f) {
        return runs.stream()
                .filter(r -> either(f.accountId(), r.sourceAccountId(), r.destinationAccountId()))
                .filter(r -> either(f.roleName(), r.sourceRoleName(), r.destinationRoleName()))
                .filter(r -> either(f.sourceAccountId(), r.sourceAccountId()))
                .filter(r -> either(f.destinationAccountId(), r.destinationAccountId()))
                .filter(r -> f.status() == null || f.status() == r.status())
                .filter(r -> f.workload() == null || f.workload() == r.workload())
                .filter(r -> either(f.createdBy(), r.createdBy()))
                .filter(r -> f.createdFrom() == null || !day(r.createdAt()).isBefore(f.createdFrom()))
                .filter(r -> f.createdTo() == null || !day(r.createdAt()).isAfter(f.createdTo()))
                .filter(textMatches(f.text()))
                .sorted(f.order() == HistoryOrder.NEWEST_FIRST ? BY_TIME.reversed() : BY_TIME)
                .toList();
    }

    /** The generator's task family is the source role without "-role", ECS only. */
    static String family(RunSummary r) {
        return r.workload() == io.rolewire.wiring.Workload.ECS_TASK
                ? r.sourceRoleName().replace("-role", "")
                : null;
    }

    private static Predicate<RunSummary> textMatches(String text) {
        if (blank(text)) {
            return r -> true;
        }
        return r -> Stream.of(r.sourceRoleName(), r.destinationRoleName(), family(r))
                .anyMatch(value -> value != null && value.startsWith(text.strip()));
    }

    private static boolean either(String wanted, String... values) {
        return blank(wanted) || Stream.of(values).anyMatch(v -> Objects.equals(v, wanted.strip()));
    }

    private static java.time.LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
