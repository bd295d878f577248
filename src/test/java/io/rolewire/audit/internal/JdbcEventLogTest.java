package io.rolewire.audit.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Runs;
import io.rolewire.runs.events.LivePlanRead;
import io.rolewire.runs.events.StepRetried;
import io.rolewire.runs.events.Submitted;
import io.rolewire.wiring.WiringInput;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@PersistenceSlice
// events are chained when a transaction commits: these tests read them after their own commits
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcEventLogTest {

    static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");

    @Autowired
    EventLog eventLog;

    @Autowired
    Runs runs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachRunNumbersItsOwnEventsFromOneUp() {
        long first = newRun();
        long second = newRun();

        eventLog.append(first, new LivePlanRead("a", Map.of()), "operator", T0);
        eventLog.append(second, new LivePlanRead("b", Map.of()), "operator", T0);
        eventLog.append(first, new LivePlanRead("c", Map.of()), "admin", T0.plusSeconds(60));

        assertThat(seqs(first)).containsExactly(1, 2, 3);
        assertThat(seqs(second)).containsExactly(1, 2);
    }

    @Test
    void eventsComeBackOldestFirstAsAppended() {
        long run = newRun();
        eventLog.append(run, new LivePlanRead("a", Map.of()), "operator", T0);
        eventLog.append(
                run,
                new StepRetried(1, 2, "sourceRole", "111122223333", "iam", "CreateRole", "arn", 1, "Throttling", "r1"),
                "admin",
                T0.plusSeconds(60));

        List<RunEvent> events = eventLog.eventsOf(run);

        assertThat(events)
                .extracting(RunEvent::type)
                .containsExactly(RunEvent.CREATED, "LIVE_PLAN_READ", "STEP_RETRIED");
        assertThat(events.get(2).event())
                .isEqualTo(new StepRetried(
                        1, 2, "sourceRole", "111122223333", "iam", "CreateRole", "arn", 1, "Throttling", "r1"));
        assertThat(events.get(2).actor()).isEqualTo("admin");
        assertThat(events.get(2).at()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void theOrderIsTheSequenceNotTheClock() {
        long run = newRun();
        eventLog.append(run, new LivePlanRead("late", Map.of()), "system", T0.plusSeconds(3600));
        eventLog.append(run, new LivePlanRead("early", Map.of()), "system", T0);

        assertThat(eventLog.eventsOf(run).subList(1, 3))
                .extracting(e -> ((LivePlanRead) e.event()).planHash())
                .containsExactly("late", "early");
    }

    @Test
    void appendingToAnUnknownRunIsRefused() {
        assertThatThrownBy(() -> eventLog.append(987_654_321L, new Submitted(), "operator", T0))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anUnknownRunHasNoEvents() {
        assertThat(eventLog.eventsOf(987_654_321L)).isEmpty();
    }

    @Test
    void theImplementationOffersAppendAndQueriesOnly() {
        assertThat(Arrays.stream(JdbcEventLog.class.getDeclaredMethods())
                        .filter(method -> !Modifier.isPrivate(method.getModifiers()) && !method.isSynthetic())
                        .map(Method::getName))
                .containsExactlyInAnyOrder("append", "appendAuditEvent", "eventsOf", "recentAuditEvents");
    }

    private long newRun() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        return runs.createDraft(input, previewFor(input), new Actor("operator")).id();
    }

    private List<Integer> seqs(long runId) {
        return jdbc.sql("select seq from run_events where run_id = :runId order by id")
                .param("runId", runId)
                .query(Integer.class)
                .list();
    }
}
