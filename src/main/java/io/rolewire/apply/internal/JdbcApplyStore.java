package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.apply.Verification;
import io.rolewire.apply.VerificationCheck;
import io.rolewire.wiring.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Live plans, step records and verifications (V6). Plain SQL that runs on H2 and PostgreSQL alike. */
class JdbcApplyStore implements StepRecords {

    private static final JsonMapper JSON = Json.mapper();

    private final JdbcClient jdbc;

    JdbcApplyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void savePlan(LivePlan plan, String readBy) {
        String json = JSON.writeValueAsString(plan);
        int updated = jdbc.sql(
                        "update live_plans set plan_hash = :hash, read_at = :at, read_by = :by, plan_json = :json"
                                + " where run_id = :runId")
                .param("hash", plan.hash())
                .param("at", Timestamp.from(plan.readAt()))
                .param("by", readBy)
                .param("json", json)
                .param("runId", plan.runId())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into live_plans (run_id, plan_hash, read_at, read_by, plan_json)"
                                + " values (:runId, :hash, :at, :by, :json)")
                        .param("runId", plan.runId())
                        .param("hash", plan.hash())
                        .param("at", Timestamp.from(plan.readAt()))
                        .param("by", readBy)
                        .param("json", json)
                        .update();
            } catch (DuplicateKeyException concurrentFirstRead) {
                savePlan(plan, readBy);
            }
        }
    }

    Optional<LivePlan> latestPlan(long runId) {
        return jdbc.sql("select plan_json from live_plans where run_id = :runId")
                .param("runId", runId)
                .query(String.class)
                .optional()
                .map(json -> JSON.readValue(json, LivePlan.class));
    }

    int nextAttempt(long runId) {
        return jdbc.sql("select coalesce(max(attempt), 0) + 1 from apply_steps where run_id = :runId")
                .param("runId", runId)
                .query(Integer.class)
                .single();
    }

    @Override
    public void insertStep(ApplyStep step, long runId) {
        jdbc.sql("insert into apply_steps (run_id, attempt, position, step_key, side, account_id, service, action,"
                        + " target, request_document, outcome, request_id, calls, duration_ms, error_code, message,"
                        + " updated_at) values (:runId, :attempt, :position, :key, :side, :account, :service,"
                        + " :action, :target, :document, :outcome, :requestId, :calls, :duration, :errorCode,"
                        + " :message, :at)")
                .param("runId", runId)
                .param("attempt", step.attempt())
                .param("position", step.position())
                .param("key", step.key())
                .param("side", step.side().name())
                .param("account", step.accountId())
                .param("service", step.service())
                .param("action", step.action())
                .param("target", step.target())
                .param("document", step.requestDocument())
                .param("outcome", step.outcome().name())
                .param("requestId", step.requestId())
                .param("calls", step.calls())
                .param("duration", step.durationMillis())
                .param("errorCode", step.errorCode())
                .param("message", clip(step.message()))
                .param("at", Timestamp.from(step.updatedAt()))
                .update();
    }

    @Override
    public void updateStep(ApplyStep step, long runId) {
        jdbc.sql("update apply_steps set target = :target, request_document = :document, outcome = :outcome,"
                        + " request_id = :requestId, calls = :calls, duration_ms = :duration, error_code = :errorCode,"
                        + " message = :message, updated_at = :at"
                        + " where run_id = :runId and attempt = :attempt and position = :position")
                .param("target", step.target())
                .param("document", step.requestDocument())
                .param("outcome", step.outcome().name())
                .param("requestId", step.requestId())
                .param("calls", step.calls())
                .param("duration", step.durationMillis())
                .param("errorCode", step.errorCode())
                .param("message", clip(step.message()))
                .param("at", Timestamp.from(step.updatedAt()))
                .param("runId", runId)
                .param("attempt", step.attempt())
                .param("position", step.position())
                .update();
    }

    /** The steps of the run's latest attempt, in order; empty before the first apply. */
    @Override
    public List<ApplyStep> latestSteps(long runId) {
        return jdbc.sql("select * from apply_steps where run_id = :runId"
                        + " and attempt = (select max(attempt) from apply_steps where run_id = :runId)"
                        + " order by position")
                .param("runId", runId)
                .query(JdbcApplyStore::step)
                .list();
    }

    /** Steps left RUNNING or PENDING by an apply that stopped with the application. */
    int markInterrupted(long runId, String message, Instant at) {
        int running = jdbc.sql("update apply_steps set outcome = 'FAILED', error_code = 'Interrupted',"
                        + " message = :message, updated_at = :at where run_id = :runId and outcome = 'RUNNING'")
                .param("message", message)
                .param("at", Timestamp.from(at))
                .param("runId", runId)
                .update();
        jdbc.sql("update apply_steps set outcome = 'NOT_RUN', updated_at = :at"
                        + " where run_id = :runId and outcome = 'PENDING'")
                .param("at", Timestamp.from(at))
                .param("runId", runId)
                .update();
        return running;
    }

    void saveVerification(Verification verification) {
        jdbc.sql("insert into verifications (run_id, verified_at, verified_by, verified, checks_json)"
                        + " values (:runId, :at, :by, :verified, :checks)")
                .param("runId", verification.runId())
                .param("at", Timestamp.from(verification.at()))
                .param("by", verification.by())
                .param("verified", verification.verified())
                .param("checks", JSON.writeValueAsString(verification.checks()))
                .update();
    }

    Optional<Verification> latestVerification(long runId) {
        return jdbc.sql("select * from verifications where run_id = :runId order by id desc limit 1")
                .param("runId", runId)
                .query((rs, row) -> new Verification(
                        runId,
                        rs.getTimestamp("verified_at").toInstant(),
                        rs.getString("verified_by"),
                        Arrays.asList(JSON.readValue(rs.getString("checks_json"), VerificationCheck[].class))))
                .optional();
    }

    static Instant now(java.time.Clock clock) {
        // PostgreSQL keeps microseconds: truncate so what is returned equals what is stored
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ApplyStep step(ResultSet rs, int row) throws SQLException {
        return new ApplyStep(
                rs.getInt("attempt"),
                rs.getInt("position"),
                rs.getString("step_key"),
                Side.valueOf(rs.getString("side")),
                rs.getString("account_id"),
                rs.getString("service"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("request_document"),
                StepOutcome.valueOf(rs.getString("outcome")),
                rs.getString("request_id"),
                rs.getInt("calls"),
                rs.getLong("duration_ms"),
                rs.getString("error_code"),
                rs.getString("message"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static String clip(String message) {
        return message == null || message.length() <= 4000 ? message : message.substring(0, 3997) + "...";
    }
}
