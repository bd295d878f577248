package io.rolewire.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ORDER BY that lets H2 read a filtered page straight from an index. H2 (2.4) uses an index for
 * ordering only when the ORDER BY lists the index's columns from the first, all in the index's
 * directions or all reversed: {@code where status = ? order by created_at desc, id desc} reads
 * every match of {@code (status, created_at desc, id desc)} and sorts them, while {@code order by
 * status, created_at desc, id desc} reads 21 rows, and oldest first {@code order by status desc,
 * created_at, id} reads the index backwards. With those columns fixed by equality all these orders
 * are the same; PostgreSQL sees that and ignores the extra keys.
 */
final class SortIndexes {

    /** The leading columns of the V7 and V7.1 run indexes, each followed by (created_at, id); most specific first. */
    static final List<List<String>> INDEXES = List.of(
            List.of("source_account_id", "status"),
            List.of("destination_account_id", "status"),
            List.of("source_account_id", "destination_account_id"),
            List.of("source_role_name", "status"),
            List.of("destination_role_name", "status"),
            List.of("created_by", "status"),
            List.of("status", "workload"),
            List.of("source_role_name"),
            List.of("destination_role_name"),
            List.of("source_account_id"),
            List.of("destination_account_id"),
            List.of("created_by"),
            List.of("approved_by"),
            List.of("status"),
            List.of("workload"));

    private static final Pattern EQUALITY = Pattern.compile("^r\\.(\\w+) = :\\w+$");

    private SortIndexes() {}

    /**
     * " order by leading columns..., created_at desc, id desc" for a branch's clauses, or oldest
     * first " order by leading columns desc..., created_at, id".
     */
    static String orderBy(HistoryKey key, List<String> clauses, boolean newest) {
        List<String> keys = new ArrayList<>();
        if (key == HistoryKey.TERMS) {
            keys.add("t.term");
        } else {
            Set<String> fixed = clauses.stream()
                    .map(EQUALITY::matcher)
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .collect(Collectors.toSet());
            INDEXES.stream()
                    .filter(fixed::containsAll)
                    .findFirst()
                    .ifPresent(columns -> columns.forEach(column -> keys.add("r." + column)));
        }
        String leading = newest ? "" : " desc";
        String direction = newest ? " desc" : " asc";
        List<String> order = new ArrayList<>();
        keys.forEach(column -> order.add(column + leading));
        order.add(key.createdAt() + direction);
        order.add(key.id() + direction);
        return " order by " + String.join(", ", order);
    }
}
