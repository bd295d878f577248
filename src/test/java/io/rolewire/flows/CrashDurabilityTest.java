package io.rolewire.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.RequiresPostgres;
import io.rolewire.testsupport.crash.CrashRounds;
import io.rolewire.testsupport.crash.RolewireProcess;
import io.rolewire.testsupport.crash.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A 2xx means it is durable": Rolewire runs as a separate JVM while 20 API clients create and
 * submit runs; it is killed with SIGKILL mid-load and restarted on the same database, three times.
 * Every acknowledged run and submit must be there, and no stored run may be half-written. The soak
 * version (20 rounds, 50 clients) is scripts/crash-soak.sh.
 */
class CrashDurabilityTest {

    private static final int ROUNDS = 3;
    private static final int CLIENTS = 20;
    private static final int RUNS_BEFORE_KILL = 30;

    @TempDir
    Path directory;

    /** The embedded default exactly as configured: no datasource URL, so ./data in the work dir. */
    @Test
    void sigkillLosesNothingAcknowledgedOnTheEmbeddedDefault() throws Exception {
        crashRounds(List.of());
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {

        @Test
        void sigkillLosesNothingAcknowledged() throws Exception {
            try (ScratchDatabase database = new ScratchDatabase()) {
                crashRounds(database.properties());
            }
        }
    }

    private void crashRounds(List<String> properties) throws Exception {
        String body = Files.readString(Path.of("docs/examples/seed-003.json"));
        try (RolewireProcess app = new RolewireProcess(directory, properties)) {
            app.start();
            CrashRounds rounds = new CrashRounds(app, body, CLIENTS, RUNS_BEFORE_KILL);
            int submits = 0;
            for (int number = 1; number <= ROUNDS; number++) {
                CrashRounds.Round round = rounds.round(number);
                assertThat(round.acknowledgedRuns())
                        .as("round %d acknowledged runs", number)
                        .isPositive();
                assertThat(round.clean())
                        .as("round %d: %s\n%s", number, round, app.logTail())
                        .isTrue();
                submits += round.acknowledgedSubmits();
            }
            // a kill may land before any submit of a round was answered, but not in every round
            assertThat(submits).as("acknowledged submits, all rounds").isPositive();
        }
    }
}
