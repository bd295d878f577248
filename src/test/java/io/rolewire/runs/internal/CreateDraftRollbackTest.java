package io.rolewire.runs.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.RunCreated;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.WiringInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Runs without a test transaction: what createDraft commits (or not) is what we check. */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CreateDraftRollbackTest {

    static final List<String> TABLES = List.of("runs", "run_documents", "run_event_heads");

    @TestConfiguration
    static class Failing {
        @Bean
        FailingListener failingListener(JdbcClient jdbc) {
            return new FailingListener(jdbc);
        }
    }

    /** Runs after the audit listener, sees what the transaction wrote so far, then fails. */
    static class FailingListener {
        final JdbcClient jdbc;
        volatile List<Long> seenInsideTransaction;

        FailingListener(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventListener
        @Order(Ordered.LOWEST_PRECEDENCE)
        public void on(RunCreated created) {
            seenInsideTransaction = TABLES.stream()
                    .map(table -> rowsOfRun(jdbc, table, created.runId()))
                    .toList();
            throw new IllegalStateException("listener failed");
        }
    }

    @Autowired
    Runs runs;

    @Autowired
    FailingListener listener;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailingListenerRollsBackTheRunItsDocumentsAndItsCreatedEvent() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        List<Long> before = TABLES.stream().map(this::count).toList();

        assertThatThrownBy(() -> runs.createDraft(input, previewFor(input), new Actor("operator")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("listener failed");

        // 1 run row, 4 documents and the CREATED event's number had been written (the event itself is
        // chained when the transaction commits)...
        assertThat(listener.seenInsideTransaction).containsExactly(1L, 4L, 1L);
        // ...and none of them survived.
        assertThat(TABLES.stream().map(this::count).toList()).isEqualTo(before);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static long rowsOfRun(JdbcClient jdbc, String table, long runId) {
        String column = table.equals("runs") ? "id" : "run_id";
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
                .param("id", runId)
                .query(Long.class)
                .single();
    }
}
