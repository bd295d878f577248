package io.rolewire.runs.internal;

import io.rolewire.runs.events.RunRecord;
import io.rolewire.runs.events.RunRecord.DocumentDigest;
import io.rolewire.wiring.Sha256;
import java.time.Instant;
import java.util.List;

/**
 * Builds a run's {@link RunRecord} from the exact values written to (or read from) its rows: the
 * same function at creation and at every check, so equal rows give equal records.
 */
final class RunRecords {

    private RunRecords() {}

    /** The columns of a {@code runs} row as stored, and its documents in position order. */
    record Row(
            String workload,
            String region,
            String sourceAccountId,
            String sourceRoleName,
            String destinationAccountId,
            String destinationRoleName,
            String taskFamily,
            String inputJson,
            String findingsJson,
            String planHash,
            String createdBy,
            Instant createdAt,
            List<StoredDocument> documents,
            Long undoesRunId) {}

    record StoredDocument(String key, String format, int position, String content) {}

    static RunRecord of(Row row) {
        return new RunRecord(
                row.workload(),
                row.region(),
                row.sourceAccountId(),
                row.sourceRoleName(),
                row.destinationAccountId(),
                row.destinationRoleName(),
                row.taskFamily(),
                row.planHash(),
                row.createdBy(),
                row.createdAt().toString(),
                Sha256.hex(row.inputJson()),
                Sha256.hex(row.findingsJson()),
                row.documents().stream().map(RunRecords::digest).toList(),
                row.undoesRunId());
    }

    private static DocumentDigest digest(StoredDocument d) {
        return new DocumentDigest(d.key(), d.format(), d.position(), Sha256.hex(d.content()));
    }
}
