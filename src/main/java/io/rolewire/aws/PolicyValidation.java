package io.rolewire.aws;

import java.util.List;

/**
 * Access Analyzer's verdict on one document.
 *
 * @param status whether the analyzer answered at all
 * @param reason why it did not (the AWS error), null when it did
 */
public record PolicyValidation(Status status, List<AnalyzerFinding> findings, String reason, String requestId) {

    public PolicyValidation {
        findings = List.copyOf(findings);
    }

    public enum Status {
        VALIDATED,
        DENIED,
        UNAVAILABLE
    }

    /**
     * One finding as Access Analyzer words it.
     *
     * @param type ERROR, SECURITY_WARNING, WARNING or SUGGESTION
     */
    public record AnalyzerFinding(String type, String issueCode, String message, String learnMoreLink) {}

    /** Key in {@code aws-messages.properties} for the INFO finding when the analyzer did not answer; {0} is the reason. */
    public String messageCode() {
        return "aws.analyzer." + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
