package io.rolewire.wiring;

import java.util.List;

/**
 * A side-by-side diff of two versions of one document, in their semantic form: for IAM policies the
 * order of principals, actions, resources and condition values does not count, and a single string
 * equals a one-element list, so only changes IAM would act on show up.
 *
 * @param rows aligned rows, left is the old version, right the new one
 */
public record DocumentDiff(List<Row> rows) {

    public DocumentDiff {
        rows = List.copyOf(rows);
    }

    public boolean changed() {
        return rows.stream().anyMatch(row -> row.kind() != Kind.SAME);
    }

    /** SAME on both sides; CHANGED in place; ADDED only on the right; REMOVED only on the left. */
    public enum Kind {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    /** One aligned row; a side is null where that version has no line. */
    public record Row(Kind kind, String left, String right) {}
}
