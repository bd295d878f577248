package io.rolewire.apply.internal;

import io.rolewire.apply.Change;
import io.rolewire.wiring.Finding;
import java.util.List;

/**
 * What to do with one resource given its live state.
 *
 * @param write the document the write sends (for the destination trust: the merged one), null when none
 * @param note why it is BLOCKED, or what the apply leaves alone (a message key); null when nothing to say
 * @param findings what the decision found in the live documents (a trust that cannot be merged...)
 */
record Decision(Change change, String write, Note note, List<Finding> findings) {

    Decision {
        findings = List.copyOf(findings);
    }

    static Decision of(Change change, String write, Note note) {
        return new Decision(change, write, note, List.of());
    }

    boolean writes() {
        return change == Change.CREATE || change == Change.UPDATE;
    }
}
