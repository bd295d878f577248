package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.rolewire.apply.internal.FreshStarts.FreshStart;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A launch's fresh start is used once, by that launch's lease, on its first pick only (issue 9). */
class FreshStartsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final FreshStarts starts = new FreshStarts();

    @Test
    void aStartIsTakenOnceAndOnlyByItsOwnLaunch() {
        String launch = FreshStarts.newLaunch();
        starts.keep(launch, start());

        assertThat(starts.take(FreshStarts.newLaunch())).isEmpty();
        assertThat(starts.take(null)).isEmpty();
        assertThat(starts.take(launch)).isPresent();
        assertThat(starts.take(launch)).isEmpty();
    }

    @Test
    void theLeaseCarriesTheRequesterAndTheLaunch() {
        ActingUser operator = ActingUser.of("operator", ActingUser.OPERATOR);

        String data = Requester.encode(operator, "launch-1");

        assertThat(Requester.decode(data)).isEqualTo(operator);
        assertThat(Requester.launchOf(data)).isEqualTo("launch-1");
        // a retry's or a recovery's lease, and leases written before launches had ids
        assertThat(Requester.launchOf(Requester.encode(operator))).isNull();
        assertThat(Requester.decode(Requester.encode(operator))).isEqualTo(operator);
        assertThat(Requester.launchOf(null)).isNull();
    }

    @Test
    void onlyALeaseNeverPickedBeforeIsAFirstPick() {
        TaskInstance<String> lease = new TaskInstance<>(ApplyLeases.TASK, "7", "data");

        Execution offered = new Execution(NOW, lease, false, null, null, null, 0, null, 1);
        // another instance handed the rest over (its execution completed and was rescheduled)
        Execution handedOver = new Execution(NOW, lease, false, null, NOW, null, 0, null, 3);
        // another instance died holding it: db-scheduler revived the dead execution
        Execution revived = new Execution(NOW, lease, false, null, null, NOW, 1, null, 3);

        assertThat(ApplyLeases.neverPickedBefore(offered)).isTrue();
        assertThat(ApplyLeases.neverPickedBefore(handedOver)).isFalse();
        assertThat(ApplyLeases.neverPickedBefore(revived)).isFalse();
    }

    private static FreshStart start() {
        try (ApplyFakes fakes = new ApplyFakes()) {
            Run run = fakes.run(7, PlainApplyInputs.seed003(true));
            return new FreshStart(run, List.of(), Map.of(), java.time.Instant.EPOCH);
        }
    }
}
