package io.rolewire.web.runs;

import io.rolewire.runs.Run;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentDiff;
import io.rolewire.wiring.Wiring;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One document key of two runs, diffed: present in both, or only in one of them (a run with the
 * execution role on has a document the other lacks).
 */
record DocumentComparison(String key, boolean inLeft, boolean inRight, DocumentDiff diff) {

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
        return new DocumentComparison(key, before != null, after != null, wiring.diff(before, after));
    }
}
