package io.rolewire.web.api;

import io.rolewire.wiring.Finding;
import io.rolewire.wiring.Severity;

record FindingResponse(Severity severity, String code, String message) {

    static FindingResponse from(Finding finding) {
        return new FindingResponse(finding.severity(), finding.code(), finding.message());
    }
}
