package io.rolewire.audit.internal;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** History filters whose values come from the generated runs, so that most of them match some. */
record FilterMaker(List<RunSummary> runs, Random random) {

    static final int FIELDS = 10;

    /** One filter per field, each on a value that some run has. */
    List<HistoryFilter> singles() {
        List<HistoryFilter> singles = new ArrayList<>();
        for (int field = 0; field < FIELDS; field++) {
            singles.add(with(new Object[FIELDS + 1], field));
        }
        return singles;
    }

    HistoryFilter pair() {
        Object[] values = new Object[FIELDS + 1];
        int first = random.nextInt(FIELDS);
        int second = (first + 1 + random.nextInt(FIELDS - 1)) % FIELDS;
        return with(withValue(values, first), second);
    }

    /** Each field set with probability 1/3, either order. */
    HistoryFilter any() {
        Object[] values = new Object[FIELDS + 1];
        for (int field = 0; field < FIELDS; field++) {
            if (random.nextInt(3) == 0) {
                withValue(values, field);
            }
        }
        return with(values, -1);
    }

    /** {@code filter} with one more field set (0..9 as in {@link #singles()}), its order kept. */
    HistoryFilter with(HistoryFilter filter, int field) {
        Object[] values = {
            filter.accountId(),
            filter.roleName(),
            filter.status(),
            filter.createdBy(),
            filter.sourceAccountId(),
            filter.destinationAccountId(),
            filter.workload(),
            filter.createdFrom(),
            filter.createdTo(),
            filter.text(),
            filter.order()
        };
        return with(values, field);
    }

    static HistoryFilter text(String text) {
        return new HistoryFilter(null, null, null, null, null, null, null, null, null, text, null);
    }

    static HistoryFilter withOrder(HistoryFilter f, HistoryOrder order) {
        return new HistoryFilter(
                f.accountId(),
                f.roleName(),
                f.status(),
                f.createdBy(),
                f.sourceAccountId(),
                f.destinationAccountId(),
                f.workload(),
                f.createdFrom(),
                f.createdTo(),
                f.text(),
                order);
    }

    private HistoryFilter with(Object[] values, int field) {
        if (field >= 0) {
            withValue(values, field);
        }
        if (values[FIELDS] == null) {
            values[FIELDS] = random.nextBoolean() ? HistoryOrder.NEWEST_FIRST : HistoryOrder.OLDEST_FIRST;
        }
        return new HistoryFilter(
                (String) values[0],
                (String) values[1],
                (RunStatus) values[2],
                (String) values[3],
                (String) values[4],
                (String) values[5],
                (Workload) values[6],
                (LocalDate) values[7],
                (LocalDate) values[8],
                (String) values[9],
                (HistoryOrder) values[10]);
    }

    private Object[] withValue(Object[] values, int field) {
        RunSummary run = runs.get(random.nextInt(runs.size()));
        LocalDate day = run.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        values[field] = switch (field) {
            case 0 -> random.nextBoolean() ? run.sourceAccountId() : run.destinationAccountId();
            case 1 -> random.nextBoolean() ? run.sourceRoleName() : run.destinationRoleName();
            case 2 -> run.status();
            case 3 -> run.createdBy();
            case 4 -> run.sourceAccountId();
            case 5 -> run.destinationAccountId();
            case 6 -> run.workload();
            case 7 -> day.minusDays(random.nextInt(2));
            case 8 -> day.plusDays(random.nextInt(2));
            default ->
                run.sourceRoleName()
                        .substring(0, 3 + random.nextInt(run.sourceRoleName().length() - 3));
        };
        return values;
    }
}
