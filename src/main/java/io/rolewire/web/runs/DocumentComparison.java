package io.rolewire.web.runs;

import io.rolewire.runs.Run;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentDiff;
import io.rolewire.wiring.Wiring;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One document key of two runs: present in both, or only in one of them (a run with the execution
 * role on has a document the other lacks). Whether it changed is decided semantically (reordering
 * principals or actions is not a change); what is shown is the text as stored in each run.
 *
 * @param diff the stored texts line by line, null when the document did not change
 */
record DocumentComparison(String key, boolean inLeft, boolean inRight, boolean changed, DocumentDiff diff) {

    /** Unchanged lines kept around each change, so it can be read in place. */
    static final int CONTEXT = 2;

    /** Every document of either run, in the left run's order, then the right run's extras. */
    static List<DocumentComparison> of(Run left, Run right, Wiring wiring) {
        Set<String> keys = new LinkedHashSet<>();
        left.documents().forEach(document -> keys.add(document.key()));
        right.documents().forEach(document -> keys.add(document.key()));
        return keys.stream().map(key -> compare(key, left, right, wiring)).toList();
    }

    private static DocumentComparison compare(String key, Run left, Run right, Wiring wiring) {
        String before = left.document(key).map(Document::content).orElse(null);
        String after = right.document(key).map(Document::content).orElse(null);
        boolean changed = (before == null) != (after == null)
                || wiring.diff(before, after).changed();
        return new DocumentComparison(
                key, before != null, after != null, changed, changed ? wiring.diffAsStored(before, after) : null);
    }

    /**
     * The rows to show: every row when {@code full}, else the changed ones with {@link #CONTEXT}
     * rows around them, and one gap line (its {@code skipped} count) for each run of rows left out.
     */
    public List<Line> lines(boolean full) {
        List<DocumentDiff.Row> rows = diff == null ? List.of() : diff.rows();
        List<Line> lines = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (full || nearAChange(rows, i)) {
                if (skipped > 0) {
                    lines.add(new Line(null, skipped));
                    skipped = 0;
                }
                lines.add(new Line(rows.get(i), 0));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            lines.add(new Line(null, skipped));
        }
        return lines;
    }

    private static boolean nearAChange(List<DocumentDiff.Row> rows, int index) {
        int from = Math.max(0, index - CONTEXT);
        int to = Math.min(rows.size() - 1, index + CONTEXT);
        for (int i = from; i <= to; i++) {
            if (rows.get(i).kind() != DocumentDiff.Kind.SAME) {
                return true;
            }
        }
        return false;
    }

    /** A row of the diff, or (row null) a gap of {@code skipped} unchanged rows. */
    record Line(DocumentDiff.Row row, int skipped) {

        public String kind() {
            return row == null ? "gap" : row.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
