package io.rolewire.web.api;

import io.rolewire.runs.RunKind;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/runs/{id}} (and the body of a created run): everything stored, plus its events.
 * {@code kind} is WIRE or UNWIRE; {@code undoes} the wiring run an UNWIRE removes (else null).
 * {@code unwireApprovedInAdvance}: the approver also approved the un-wire at the end of access.
 */
record RunResponse(
        long id,
        RunStatus status,
        Workload workload,
        WiringRequest input,
        Map<String, Object> documents,
        List<FindingResponse> findings,
        String planHash,
        String createdBy,
        Instant createdAt,
        boolean unwireApprovedInAdvance,
        List<EventResponse> events,
        RunKind kind,
        Long undoes) {}
