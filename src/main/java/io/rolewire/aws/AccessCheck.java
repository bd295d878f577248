package io.rolewire.aws;

import java.util.List;
import java.util.Locale;

/**
 * Access Analyzer's answer to one custom policy check (CheckNoNewAccess, CheckNoPublicAccess).
 *
 * @param operation the check asked, as AWS names it
 * @param status whether the analyzer answered at all ({@link PolicyValidation.Status#VALIDATED} when it did)
 * @param passed PASS; false for FAIL and for a result this SDK does not know (nothing was proven)
 * @param message Access Analyzer's own sentence about the result, null without one
 * @param reasons why, as Access Analyzer words it (on a FAIL, the statements that grant the access)
 * @param reason why it did not answer (the AWS error), null when it did
 */
public record AccessCheck(
        String operation,
        PolicyValidation.Status status,
        boolean passed,
        String message,
        List<Reason> reasons,
        String reason,
        String requestId) {

    public AccessCheck {
        reasons = List.copyOf(reasons);
    }

    public static AccessCheck unanswered(
            String operation, PolicyValidation.Status status, String reason, String requestId) {
        return new AccessCheck(operation, status, false, null, List.of(), reason, requestId);
    }

    public boolean answered() {
        return status == PolicyValidation.Status.VALIDATED;
    }

    /**
     * One reason of a result.
     *
     * @param statementIndex the statement it is about, as Access Analyzer counts; null when none
     * @param statementId that statement's Sid, null when none
     */
    public record Reason(String description, Integer statementIndex, String statementId) {}

    /**
     * Key in {@code aws-messages.properties} for the INFO finding when the analyzer did not answer;
     * {0} is the reason, {1} the operation.
     */
    public String messageCode() {
        return "aws.analyzer.check." + status.name().toLowerCase(Locale.ROOT);
    }
}
