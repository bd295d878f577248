package io.rolewire.runs.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.Stamp;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.runs.events.Created;
import io.rolewire.wiring.WiringInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@PersistenceSlice
// events are chained when a transaction commits: these tests read them after their own commits
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcRunLifecycleTest {

    static final Instant NOW = Instant.parse("2026-11-22T11:00:00.123456Z");

    static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);

    @TestConfiguration
    static class PinnedClock {
        @Bean
        @Primary
        Clock pinnedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    EventLog eventLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void submitAndApproveAreStoredWithTheirEventsAndBumpTheVersion() {
        Run draft = draft();

        lifecycle.submit(draft.id(), OPERATOR);
        Run approved = lifecycle.approve(draft.id(), ADMIN, draft.planHash());

        Run found = runs.find(draft.id()).orElseThrow();
        assertThat(found).isEqualTo(approved);
        assertThat(found.status()).isEqualTo(RunStatus.APPROVED);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.lifecycle().submitted()).isEqualTo(new Stamp("operator", NOW));
        assertThat(found.lifecycle().approved()).isEqualTo(new Stamp("admin", NOW));
        assertThat(found.lifecycle().approvedPlanHash()).isEqualTo(draft.planHash());
        assertThat(eventLog.eventsOf(draft.id()).get(0).event())
                .isInstanceOfSatisfying(
                        Created.class, c -> assertThat(c.planHash()).isEqualTo(draft.planHash()));
        assertThat(eventLog.eventsOf(draft.id()).subList(1, 3))
                .extracting(RunEvent::type, RunEvent::actor, RunEvent::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", "operator", "{}"),
                        org.assertj.core.groups.Tuple.tuple(
                                "APPROVED", "admin", "{\"planHash\":\"" + draft.planHash() + "\"}"));
    }

    @Test
    void aRejectionKeepsItsReason() {
        Run draft = draft();
        lifecycle.submit(draft.id(), OPERATOR);

        lifecycle.reject(draft.id(), ADMIN, "Destination role is production; use the staging one.");

        Run found = runs.find(draft.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(found.lifecycle().rejectionReason())
                .isEqualTo("Destination role is production; use the staging one.");
        assertThat(last(draft).detail())
                .isEqualTo("{\"reason\":\"Destination role is production; use the staging one.\"}");
    }

    @Test
    void aRefusedTransitionChangesNothingAndAppendsNothing() {
        Run draft = draft();
        lifecycle.submit(draft.id(), OPERATOR);

        assertThatThrownBy(() -> lifecycle.approve(draft.id(), ADMIN, "0".repeat(64)))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, r -> assertThat(r.reason()).isEqualTo(Refusal.STALE_PLAN));

        assertThat(runs.find(draft.id()).orElseThrow().status()).isEqualTo(RunStatus.SUBMITTED);
        assertThat(eventLog.eventsOf(draft.id())).hasSize(2);
    }

    @Test
    void aSaveWithAnOutdatedVersionIsRefusedAsAConcurrentChange() {
        Run draft = draft();
        RunWriter writer = new RunWriter(jdbc);
        Run submitted = draft.submit(OPERATOR, NOW).run();
        writer.save(draft, submitted);

        // a second writer still holding version 0
        assertThatThrownBy(() -> writer.save(draft, draft.cancel(OPERATOR, NOW).run()))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, r -> assertThat(r.reason()).isEqualTo(Refusal.CONCURRENT_CHANGE));
        assertThat(runs.find(draft.id()).orElseThrow().status()).isEqualTo(RunStatus.SUBMITTED);
    }

    @Test
    void theApplyTransitionsAreStoredToo() {
        Run draft = draft();
        lifecycle.submit(draft.id(), OPERATOR);
        lifecycle.approve(draft.id(), ADMIN, draft.planHash());
        lifecycle.startApply(draft.id(), OPERATOR);

        Run back = lifecycle.returnToSubmitted(draft.id(), OPERATOR, "live plan changed");

        Run found = runs.find(draft.id()).orElseThrow();
        assertThat(found).isEqualTo(back);
        assertThat(found.status()).isEqualTo(RunStatus.SUBMITTED);
        assertThat(found.lifecycle().approved()).isNull();
        assertThat(found.lifecycle().approvedPlanHash()).isNull();
        assertThat(eventLog.eventsOf(draft.id()))
                .extracting(RunEvent::type)
                .containsExactly("CREATED", "SUBMITTED", "APPROVED", "APPLY_STARTED", "RETURNED_TO_SUBMITTED");
    }

    @Test
    void theApproversQueueHoldsSubmittedRunsOnly() {
        Run submitted = draft();
        Run stillDraft = draft();
        lifecycle.submit(submitted.id(), OPERATOR);

        assertThat(lifecycle.awaitingApproval(100))
                .extracting(Run::id)
                .contains(submitted.id())
                .doesNotContain(stillDraft.id());
        assertThat(lifecycle.awaitingApproval(100)).allMatch(run -> run.status() == RunStatus.SUBMITTED);
    }

    @Test
    void theCountOfPendingApprovalsFollowsSubmissions() {
        long before = lifecycle.countAwaitingApproval();
        Run submitted = draft();
        draft();
        lifecycle.submit(submitted.id(), OPERATOR);

        assertThat(lifecycle.countAwaitingApproval()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownRunIsReportedAsSuch() {
        assertThatThrownBy(() -> lifecycle.submit(987_654_321L, OPERATOR))
                .isInstanceOfSatisfying(
                        UnknownRunException.class, e -> assertThat(e.runId()).isEqualTo(987_654_321L));
    }

    @Test
    void theDatabaseRefusesAnApprovalByTheRequester() {
        Run draft = draft();
        assertThatThrownBy(() -> jdbc.sql("update runs set approved_by = created_by where id = :id")
                        .param("id", draft.id())
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private Run draft() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        return runs.createDraft(input, previewFor(input), new Actor("operator"));
    }

    private RunEvent last(Run run) {
        var events = eventLog.eventsOf(run.id());
        return events.get(events.size() - 1);
    }
}
