package io.rolewire.runs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.WizardDrafts;
import io.rolewire.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@PersistenceSlice
class JdbcWizardDraftsTest {

    static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock steppingClock() {
            return new MovableClock(START);
        }
    }

    @Autowired
    WizardDrafts drafts;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    Actor alice = new Actor("alice");
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
        clock.set(START.plus(Duration.ofMinutes(5)));

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

    @Test
    void openDraftsAreTheOwnersNotYetSavedLastChangedFirst() {
        alice = new Actor("alice-" + UUID.randomUUID());
        clock.set(START);
        UUID older = drafts.start(alice, "{\"n\":1}");
        clock.set(START.plusSeconds(60));
        UUID newer = drafts.start(alice, "{\"n\":2}");
        UUID saved = drafts.start(alice, "{\"n\":3}");
        drafts.start(bob, "{\"n\":4}");
        drafts.close(saved, alice, 42);

        assertThat(drafts.open(alice, 10))
                .extracting(WizardDrafts.OpenDraft::id)
                .containsExactly(newer, older);
        assertThat(drafts.open(alice, 1)).extracting(WizardDrafts.OpenDraft::id).containsExactly(newer);
        assertThat(drafts.open(alice, 10).get(0).updatedAt()).isEqualTo(START.plusSeconds(60));
        assertThat(drafts.open(bob, 10))
                .extracting(WizardDrafts.OpenDraft::stateJson)
                .contains("{\"n\":4}");
    }

    @Test
    void aClosedDraftNamesItsRunAndKeepsTheFirstOne() {
        UUID id = drafts.start(alice, "{}");
        assertThat(drafts.savedRun(id, alice)).isEmpty();

        drafts.close(id, alice, 42);
        drafts.close(id, alice, 43);

        assertThat(drafts.savedRun(id, alice)).contains(42L);
        assertThat(drafts.savedRun(id, bob)).isEmpty();
        drafts.close(id, bob, 44);
        assertThat(drafts.savedRun(id, alice)).contains(42L);
    }

    @Test
    void onlyTheOwnerDeletesADraft() {
        UUID id = drafts.start(alice, "{}");

        assertThat(drafts.delete(id, bob)).isFalse();
        assertThat(drafts.load(id, alice)).isPresent();
        assertThat(drafts.delete(id, alice)).isTrue();
        assertThat(drafts.load(id, alice)).isEmpty();
        assertThat(drafts.delete(id, alice)).isFalse();
    }

    @Test
    void aDraftIsSavedAsARunOnceTheSecondSaveGetsTheFirstRun() {
        UUID id = drafts.start(alice, "{}");

        assertThat(drafts.saveAsRunOnce(id, alice, () -> 42L)).contains(new WizardDrafts.SavedRun(42, false));
        assertThat(drafts.saveAsRunOnce(id, alice, () -> {
                    throw new AssertionError("a second run must not be stored");
                }))
                .contains(new WizardDrafts.SavedRun(42, true));
        assertThat(drafts.saveAsRunOnce(id, bob, () -> 44L)).isEmpty();
        assertThat(drafts.open(alice, 10))
                .extracting(WizardDrafts.OpenDraft::id)
                .doesNotContain(id);
    }

    /** A double click: the second save waits on the draft's row lock, then finds the first run. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoSavesAtOnceStoreOneRun() throws Exception {
        UUID id = drafts.start(alice, "{}");
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger runsStored = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<WizardDrafts.SavedRun>> first = threads.submit(() -> drafts.saveAsRunOnce(id, alice, () -> {
                firstInside.countDown();
                await(releaseFirst);
                runsStored.incrementAndGet();
                return 42L;
            }));
            assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Optional<WizardDrafts.SavedRun>> second =
                    threads.submit(() -> drafts.saveAsRunOnce(id, alice, () -> {
                        runsStored.incrementAndGet();
                        return 43L;
                    }));
            releaseFirst.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).contains(new WizardDrafts.SavedRun(42, false));
            assertThat(second.get(30, TimeUnit.SECONDS)).contains(new WizardDrafts.SavedRun(42, true));
            assertThat(runsStored).hasValue(1);
        } finally {
            threads.shutdownNow();
            jdbc.sql("delete from wizard_drafts where id = :id").param("id", id).update();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
