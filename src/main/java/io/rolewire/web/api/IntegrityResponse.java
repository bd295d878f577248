package io.rolewire.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rolewire.audit.IntegrityReport;
import java.util.Locale;

/**
 * {@code {"ok": true, "checked": N}} or {@code {"ok": false, "checked": N, "brokenAt": position,
 * "reason": "edited|deleted|inserted|reordered|unreadable"}}, or for a stored run that no longer
 * matches its events {@code {"ok": false, "reason": "record_changed", "runId", "record", "stored",
 * "recorded"}}: {@code checked} counts the events verified before the break.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IntegrityResponse(
        boolean ok,
        long checked,
        Long brokenAt,
        String reason,
        Long runId,
        String record,
        String stored,
        String recorded) {

    static IntegrityResponse from(IntegrityReport report) {
        String reason = report.reason() == null ? null : report.reason().name().toLowerCase(Locale.ROOT);
        return new IntegrityResponse(
                report.ok(),
                report.checked(),
                report.brokenAt(),
                reason,
                report.runId(),
                report.record(),
                report.stored(),
                report.recorded());
    }
}
