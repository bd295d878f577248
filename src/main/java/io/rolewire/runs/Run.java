package io.rolewire.runs;

import io.rolewire.wiring.Document;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One stored attempt: the inputs, the documents and findings as previewed, and who made it. */
public record Run(
        long id,
        RunStatus status,
        WiringInput input,
        List<Document> documents,
        List<Finding> findings,
        String planHash,
        String createdBy,
        Instant createdAt) {

    public Run {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }

    public Optional<Document> document(String key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
