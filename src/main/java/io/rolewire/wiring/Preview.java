package io.rolewire.wiring;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Wiring#preview}: either violations (and nothing else), or the documents
 * in display order, the findings (most severe first) and the plan hash (SHA-256 hex of the
 * canonical documents).
 */
public record Preview(List<Violation> violations, List<Document> documents, List<Finding> findings, String planHash) {

    public Preview {
        violations = List.copyOf(violations);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    public Optional<Document> document(String key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
