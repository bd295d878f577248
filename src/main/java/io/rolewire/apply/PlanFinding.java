package io.rolewire.apply;

import io.rolewire.wiring.Severity;

/**
 * A finding of the live plan, labelled by who found it.
 *
 * <p>{@code origin} and {@code label} are stored identifiers (plans are stored as JSON), not words:
 * pages name them through the bundles ({@link #originCode()}, {@link #labelCode()}); {@code message}
 * is the finder's own sentence (the wiring core's, or Access Analyzer's), shown beside the code.
 *
 * @param origin {@link #ROLEWIRE} (our checks of the live documents) or {@link #ACCESS_ANALYZER}
 * @param documentKey the document or resource it is about
 * @param code our finding code, or Access Analyzer's issue code
 * @param label Access Analyzer's own finding type (ERROR, SECURITY_WARNING...), else the severity
 */
public record PlanFinding(
        String origin, String documentKey, Severity severity, String code, String label, String message) {

    public static final String ROLEWIRE = "Rolewire";
    public static final String ACCESS_ANALYZER = "IAM Access Analyzer";

    /** The message key naming the origin ({@code planFinding.origin.ROLEWIRE}...), null for another origin. */
    public String originCode() {
        return switch (origin == null ? "" : origin) {
            case ROLEWIRE -> "planFinding.origin.ROLEWIRE";
            case ACCESS_ANALYZER -> "planFinding.origin.ACCESS_ANALYZER";
            default -> null;
        };
    }

    /** The message key naming the label ({@code planFinding.label.SECURITY_WARNING}...). */
    public String labelCode() {
        return "planFinding.label." + label;
    }
}
