package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Verification;
import io.rolewire.audit.EventLog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends what the apply did to the run's event log: each step's outcome (with the AWS request id
 * and, for writes, the exact document sent), each retry, each verification with its evidence.
 */
class StepEvents {

    static final String STEP_DONE = "STEP_DONE";
    static final String STEP_SKIPPED = "STEP_SKIPPED";
    static final String STEP_FAILED = "STEP_FAILED";
    static final String STEP_RETRIED = "STEP_RETRIED";
    static final String LIVE_PLAN_READ = "LIVE_PLAN_READ";
    static final String VERIFICATION_CHECKED = "VERIFICATION_CHECKED";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final EventLog log;

    StepEvents(EventLog log) {
        this.log = log;
    }

    void finished(long runId, String type, ApplyStep step, String actor) {
        Map<String, Object> detail = base(step);
        detail.put("outcome", step.outcome().name());
        detail.put("requestId", step.requestId());
        detail.put("calls", step.calls());
        detail.put("durationMs", step.durationMillis());
        detail.put("errorCode", step.errorCode());
        detail.put("message", step.message());
        detail.put("requestDocument", step.requestDocument());
        append(runId, type, actor, step.updatedAt(), detail);
    }

    /** @param call the call that failed and is about to be made again (1 for the first call) */
    void retried(long runId, ApplyStep step, int call, String errorCode, String requestId, String actor, Instant at) {
        Map<String, Object> detail = base(step);
        detail.put("failedCall", call);
        detail.put("errorCode", errorCode);
        detail.put("requestId", requestId);
        append(runId, STEP_RETRIED, actor, at, detail);
    }

    void planRead(long runId, String planHash, Map<String, String> accounts, String actor, Instant at) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("planHash", planHash);
        detail.put("accounts", accounts);
        append(runId, LIVE_PLAN_READ, actor, at, detail);
    }

    void verified(Verification verification) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("verified", verification.verified());
        detail.put("checks", verification.checks());
        append(verification.runId(), VERIFICATION_CHECKED, verification.by(), verification.at(), detail);
    }

    private static Map<String, Object> base(ApplyStep step) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("attempt", step.attempt());
        detail.put("position", step.position());
        detail.put("step", step.key());
        detail.put("account", step.accountId());
        detail.put("service", step.service());
        detail.put("action", step.action());
        detail.put("target", step.target());
        return detail;
    }

    private void append(long runId, String type, String actor, Instant at, Map<String, Object> detail) {
        log.append(runId, type, actor, at, JSON.writeValueAsString(detail));
    }
}
