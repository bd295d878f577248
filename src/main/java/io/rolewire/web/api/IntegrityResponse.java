package io.rolewire.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rolewire.audit.IntegrityReport;
import java.util.Locale;

/**
 * {@code {"ok": true, "checked": N}} or {@code {"ok": false, "checked": N, "brokenAt": position,
 * "reason": "edited|deleted|inserted|reordered"}}: {@code checked} counts the events verified
 * before the break.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IntegrityResponse(boolean ok, long checked, Long brokenAt, String reason) {

    static IntegrityResponse from(IntegrityReport report) {
        String reason = report.reason() == null ? null : report.reason().name().toLowerCase(Locale.ROOT);
        return new IntegrityResponse(report.ok(), report.checked(), report.brokenAt(), reason);
    }
}
