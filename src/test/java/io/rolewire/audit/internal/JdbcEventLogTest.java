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
import io.rolewire.wiring.WiringInput;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceSlice
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

        eventLog.append(first, "SUBMITTED", "operator", T0, "{}");
        eventLog.append(second, "CANCELLED", "operator", T0, "{}");
        eventLog.append(first, "APPROVED", "admin", T0.plusSeconds(60), "{\"by\":\"admin\"}");

        assertThat(seqs(first)).containsExactly(1, 2, 3);
        assertThat(seqs(second)).containsExactly(1, 2);
    }

    @Test
    void eventsComeBackOldestFirstAsAppended() {
        long run = newRun();
        RunEvent submitted = eventLog.append(run, "SUBMITTED", "operator", T0, "{}");
        RunEvent approved = eventLog.append(run, "APPROVED", "admin", T0.plusSeconds(60), "{\"by\":\"admin\"}");

        List<RunEvent> events = eventLog.eventsOf(run);

        assertThat(events).extracting(RunEvent::type).containsExactly(RunEvent.CREATED, "SUBMITTED", "APPROVED");
        assertThat(events.subList(1, 3)).containsExactly(submitted, approved);
    }

    @Test
    void theOrderIsTheSequenceNotTheClock() {
        long run = newRun();
        eventLog.append(run, "LATE_CLOCK", "system", T0.plusSeconds(3600), "{}");
        eventLog.append(run, "EARLY_CLOCK", "system", T0, "{}");

        assertThat(eventLog.eventsOf(run))
                .extracting(RunEvent::type)
                .containsExactly(RunEvent.CREATED, "LATE_CLOCK", "EARLY_CLOCK");
    }

    @Test
    void appendingToAnUnknownRunIsRefused() {
        assertThatThrownBy(() -> eventLog.append(987_654_321L, "SUBMITTED", "operator", T0, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("987654321");
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
