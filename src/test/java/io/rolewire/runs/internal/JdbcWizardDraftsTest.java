package io.rolewire.runs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.WizardDrafts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceSlice
class JdbcWizardDraftsTest {

    static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

    /** A clock the test moves forward, to see updated_at follow saves. */
    static class SteppingClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SteppingClock steppingClock() {
            return new SteppingClock();
        }
    }

    @Autowired
    WizardDrafts drafts;

    @Autowired
    SteppingClock clock;

    @Autowired
    JdbcClient jdbc;

    final Actor alice = new Actor("alice");
    final Actor bob = new Actor("bob");

    @Test
    void theOwnerLoadsWhatSheStarted() {
        UUID id = drafts.start(alice, "{\"step\":\"source\"}");

        assertThat(drafts.load(id, alice)).contains("{\"step\":\"source\"}");
    }

    @Test
    void someoneElsesDraftLooksMissingAndCannotBeOverwritten() {
        UUID id = drafts.start(alice, "{\"step\":\"source\"}");

        assertThat(drafts.load(id, bob)).isEmpty();
        assertThat(drafts.save(id, bob, "{\"step\":\"hijacked\"}")).isFalse();
        assertThat(drafts.load(id, alice)).contains("{\"step\":\"source\"}");
    }

    @Test
    void theOwnerSavesAndTheUpdateTimeMoves() {
        UUID id = drafts.start(alice, "{\"step\":\"source\"}");
        clock.now = START.plus(Duration.ofMinutes(5));

        assertThat(drafts.save(id, alice, "{\"step\":\"destination\"}")).isTrue();

        assertThat(drafts.load(id, alice)).contains("{\"step\":\"destination\"}");
        assertThat(time(id, "created_at")).isEqualTo(START);
        assertThat(time(id, "updated_at")).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void anUnknownDraftCannotBeLoadedOrSaved() {
        UUID unknown = UUID.randomUUID();

        assertThat(drafts.load(unknown, alice)).isEmpty();
        assertThat(drafts.save(unknown, alice, "{}")).isFalse();
    }

    @Test
    void everyDraftGetsItsOwnId() {
        assertThat(drafts.start(alice, "{}")).isNotEqualTo(drafts.start(alice, "{}"));
    }

    private Instant time(UUID id, String column) {
        return jdbc.sql("select " + column + " from wizard_drafts where id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .single();
    }
}
