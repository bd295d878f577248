package io.rolewire.runs.internal;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Transition;
import io.rolewire.runs.UnknownRunException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every transition is the same three steps (load, let the run decide, save with its event); only
 * the decision differs, and that lives in the run aggregate.
 */
class JdbcRunLifecycle implements RunLifecycle {

    private final JdbcClient jdbc;
    private final RunReader reader;
    private final RunWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcRunLifecycle(JdbcClient jdbc, RunJson json, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.reader = new RunReader(jdbc, json);
        this.writer = new RunWriter(jdbc);
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Run submit(long runId, ActingUser by) {
        return change(runId, (run, now) -> run.submit(by, now));
    }

    @Override
    @Transactional
    public Run approve(long runId, ActingUser by, String seenPlanHash) {
        return change(runId, (run, now) -> run.approve(by, seenPlanHash, now));
    }

    @Override
    @Transactional
    public Run approve(long runId, ActingUser by, String seenPlanHash, String livePlanHash) {
        return change(runId, (run, now) -> run.approve(by, seenPlanHash, livePlanHash, now));
    }

    @Override
    @Transactional
    public Run approve(long runId, ActingUser by, String seenPlanHash, String livePlanHash, boolean unwireAtExpiry) {
        return change(
                runId,
                (run, now) -> livePlanHash == null
                        ? run.approve(by, seenPlanHash, unwireAtExpiry, now)
                        : run.approve(by, seenPlanHash, livePlanHash, unwireAtExpiry, now));
    }

    @Override
    @Transactional
    public Run reject(long runId, ActingUser by, String reason) {
        return change(runId, (run, now) -> run.reject(by, reason, now));
    }

    @Override
    @Transactional
    public Run cancel(long runId, ActingUser by) {
        return change(runId, (run, now) -> run.cancel(by, now));
    }

    @Override
    @Transactional
    public Run startApply(long runId, ActingUser by) {
        return change(runId, (run, now) -> run.startApply(by, now));
    }

    @Override
    @Transactional
    public Run startApply(long runId, ActingUser by, String livePlanHash) {
        return change(runId, (run, now) -> run.startApply(by, livePlanHash, now));
    }

    @Override
    @Transactional
    public Run completeApply(long runId, ActingUser by) {
        return change(runId, (run, now) -> run.completeApply(by, now));
    }

    @Override
    @Transactional
    public Run failApply(long runId, ActingUser by, String failure) {
        return change(runId, (run, now) -> run.failApply(by, failure, now));
    }

    @Override
    @Transactional
    public Run retryApply(long runId, ActingUser by) {
        return change(runId, (run, now) -> run.retryApply(by, now));
    }

    @Override
    @Transactional
    public Run completeVerification(long runId, ActingUser by, boolean verified) {
        return change(runId, (run, now) -> run.completeVerification(by, verified, now));
    }

    @Override
    @Transactional
    public Run returnToSubmitted(long runId, ActingUser by, String reason) {
        return change(runId, (run, now) -> run.returnToSubmitted(by, reason, now));
    }

    @Override
    @Transactional
    public Run reverify(long runId, ActingUser by, boolean verified) {
        return change(runId, (run, now) -> run.reverify(by, verified, now));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsIn(RunStatus status) {
        return jdbc.sql("select id from runs where status = :status order by id")
                .param("status", status.name())
                .query(Long.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Run> awaitingApproval(int limit) {
        return jdbc
                .sql("select id from runs where status = :status order by submitted_at, id limit :limit")
                .param("status", RunStatus.SUBMITTED.name())
                .param("limit", Math.max(1, limit))
                .query(Long.class)
                .list()
                .stream()
                .flatMap(id -> reader.find(id).stream())
                .toList();
    }

    @Override
    public long countAwaitingApproval() {
        return jdbc.sql("select count(*) from runs where status = :status")
                .param("status", RunStatus.SUBMITTED.name())
                .query(Long.class)
                .single();
    }

    /** The clock is read after loading, so two concurrent callers can both hold the same version. */
    private Run change(long runId, BiFunction<Run, Instant, Transition> decide) {
        Run before = reader.find(runId).orElseThrow(() -> new UnknownRunException(runId));
        // PostgreSQL keeps microseconds: truncate so the returned run equals the stored one.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Transition transition = decide.apply(before, now);
        Run saved = writer.save(before, transition.run());
        events.publishEvent(transition.event());
        return saved;
    }
}
