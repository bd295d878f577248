package io.rolewire.apply;

import io.rolewire.wiring.Severity;

/**
 * A finding of the live plan, labelled by who found it.
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
}
