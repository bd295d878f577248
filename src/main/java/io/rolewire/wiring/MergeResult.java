package io.rolewire.wiring;

import java.util.List;

/**
 * Result of merging our statement into an existing trust policy. {@code document} is the merged
 * policy as canonical pretty JSON, or null when the existing document was refused (then
 * {@code findings} says why). {@code changed} is false when an equivalent statement existed.
 */
public record MergeResult(String document, boolean changed, List<Finding> findings) {

    public MergeResult {
        findings = List.copyOf(findings);
    }

    public boolean refused() {
        return document == null;
    }
}
