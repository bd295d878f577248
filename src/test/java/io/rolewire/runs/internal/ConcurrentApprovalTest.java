package io.rolewire.runs.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.rolewire.runs.TransitionRefused;
import io.rolewire.wiring.WiringInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two admins approve the same run at the same moment. The lifecycle reads the clock after loading
 * the run, so a clock that waits for both callers makes both hold the same version before either
 * saves: exactly one approval wins, the other is a concurrent change. No test transaction: each
 * approval commits (or not) on its own.
 */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentApprovalTest {

    /** When armed, instant() returns only once two threads have asked. */
    static class MeetingClock extends Clock {
        volatile CyclicBarrier barrier;

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
            CyclicBarrier meeting = barrier;
            if (meeting != null) {
                try {
                    meeting.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other approval never came", e);
                }
            }
            return Instant.parse("2026-11-22T12:00:00Z");
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MeetingClock meetingClock() {
            return new MeetingClock();
        }
    }

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    EventLog eventLog;

    @Autowired
    MeetingClock clock;

    @Test
    void aDoubleApprovalHasOneWinnerAndOneConcurrentChange() throws Exception {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        Run draft = runs.createDraft(input, previewFor(input), new Actor("operator"));
        lifecycle.submit(draft.id(), ActingUser.of("operator", ActingUser.OPERATOR));

        clock.barrier = new CyclicBarrier(2);
        try {
            var first = approveAsync(draft, "admin");
            var second = approveAsync(draft, "admin2");
            List<Object> outcomes = List.of(first.get(20, TimeUnit.SECONDS), second.get(20, TimeUnit.SECONDS));

            assertThat(outcomes).filteredOn(Run.class::isInstance).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(TransitionRefused.class::isInstance)
                    .singleElement()
                    .satisfies(r -> assertThat(((TransitionRefused) r).reason()).isEqualTo(Refusal.CONCURRENT_CHANGE));
        } finally {
            clock.barrier = null;
        }
        assertThat(runs.find(draft.id()).orElseThrow().status()).isEqualTo(RunStatus.APPROVED);
        assertThat(eventLog.eventsOf(draft.id()))
                .extracting(RunEvent::type)
                .containsExactly("CREATED", "SUBMITTED", "APPROVED");
    }

    private CompletableFuture<Object> approveAsync(Run run, String admin) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return lifecycle.approve(run.id(), ActingUser.of(admin, ActingUser.ADMIN), run.planHash());
            } catch (TransitionRefused refused) {
                return refused;
            }
        });
    }
}
