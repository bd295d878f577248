package io.rolewire.web.approvals;

import io.rolewire.runs.Run;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.Severity;
import java.util.EnumMap;
import java.util.Map;

/** One row of the queue: the run and how many findings of each severity it has. */
record PendingApproval(Run run, Map<Severity, Long> findingCounts) {

    static PendingApproval of(Run run) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Finding finding : run.findings()) {
            counts.merge(finding.severity(), 1L, Long::sum);
        }
        return new PendingApproval(run, counts);
    }
}
