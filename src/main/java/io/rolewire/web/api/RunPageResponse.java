package io.rolewire.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/runs}: one page, newest first. {@code nextBefore} is the {@code before} of the
 * next (older) page, null on the last one (written, not omitted); the same link is in the
 * {@code Link: rel="next"} header.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record RunPageResponse(List<Item> items, Long nextBefore) {

    static RunPageResponse from(HistoryPage page) {
        return new RunPageResponse(page.items().stream().map(Item::from).toList(), page.nextBefore());
    }

    record Item(
            long id,
            RunStatus status,
            Workload workload,
            String sourceAccountId,
            String sourceRoleName,
            String destinationAccountId,
            String destinationRoleName,
            String createdBy,
            Instant createdAt) {

        static Item from(RunSummary s) {
            return new Item(
                    s.id(),
                    s.status(),
                    s.workload(),
                    s.sourceAccountId(),
                    s.sourceRoleName(),
                    s.destinationAccountId(),
                    s.destinationRoleName(),
                    s.createdBy(),
                    s.createdAt());
        }
    }
}
