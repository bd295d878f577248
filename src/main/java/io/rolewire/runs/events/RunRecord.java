package io.rolewire.runs.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A run's stored record as a reviewer reads it: its columns as stored, and the SHA-256 of the
 * exact stored bytes of its inputs, findings and each document. Built by the runs module from what
 * it wrote (in the CREATED event) and again from what it reads now (in the integrity checks); any
 * difference between the two is a change made outside Rolewire.
 *
 * @param undoesRunId for an UNWIRE run, the wiring run it undoes; null (and left out of the JSON, so
 *     older records read the same) for a wiring
 */
public record RunRecord(
        String workload,
        String region,
        String sourceAccountId,
        String sourceRoleName,
        String destinationAccountId,
        String destinationRoleName,
        String taskFamily,
        String planHash,
        String createdBy,
        String createdAt,
        String inputSha256,
        String findingsSha256,
        List<DocumentDigest> documents,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long undoesRunId) {

    public RunRecord {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** One stored document: its key, format and place, and the SHA-256 of its exact content. */
    public record DocumentDigest(String key, String format, int position, String contentSha256) {}
}
