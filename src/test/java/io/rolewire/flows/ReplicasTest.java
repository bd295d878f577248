package io.rolewire.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresFloci;
import io.rolewire.testsupport.RequiresPostgres;
import io.rolewire.testsupport.aws.FaultProxy;
import io.rolewire.testsupport.crash.RolewireProcess;
import io.rolewire.testsupport.crash.ScratchDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, outcome 2 (ADR 013): two Rolewire instances, separate JVMs, on one PostgreSQL and Floci.
 * Several applies are started; the instance holding at least two of them mid-apply is stopped (SIGKILL
 * in one test, SIGTERM in the other) and the other instance resumes them from their recorded steps.
 * Every run must end VERIFIED, and every AWS write (counted by a proxy in front of Floci, which also
 * adds latency so that applies last) must have been made exactly once.
 */
@RequiresPostgres
@RequiresFloci
class ReplicasTest {

    static final int RUNS = 6;
    private static final Duration LATENCY = Duration.ofMillis(500);

    @TempDir
    Path directory;

    @Test
    void anInstanceKilledMidApplyIsTakenOverWhenItsLeaseExpiresAndNothingIsWrittenTwice() throws Exception {
        Figures figures = replicas("sigkill", true);
        assertThat(figures.resumedAfter("LEASE_EXPIRED")).isPositive();
    }

    @Test
    void anInstanceStoppedWithSigtermFinishesItsStepsAndHandsTheRestOver() throws Exception {
        Figures figures = replicas("sigterm", false);
        assertThat(figures.resumedAfter("HANDED_OVER")).isPositive();
        assertThat(figures.resumedAfter("LEASE_EXPIRED")).isZero();
    }

    private Figures replicas(String name, boolean kill) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (ScratchDatabase database = new ScratchDatabase();
                FaultProxy proxy = FaultProxy.start(LocalFloci.endpoint());
                RolewireProcess a = instance(database, proxy, "replica-a");
                RolewireProcess b = instance(database, proxy, "replica-b");
                ReplicaRecord record = new ReplicaRecord(database)) {
            CompletableFuture.allOf(CompletableFuture.runAsync(a::start), CompletableFuture.runAsync(b::start))
                    .join();
            ReplicaApi api = new ReplicaApi(a);
            List<Long> runs = new ArrayList<>();
            for (int n = 1; n <= RUNS; n++) {
                runs.add(api.approved(ReplicaApi.seed003(suffix, n)));
            }
            // every AWS call now takes a while, and the applies are asked for all at once: several
            // are under way on each instance when one is stopped
            proxy.latency(LATENCY);
            ExecutorService clients = Executors.newFixedThreadPool(RUNS);
            try {
                CompletableFuture.allOf(runs.stream()
                                .map(id -> CompletableFuture.runAsync(() -> api.apply(id), clients))
                                .toArray(CompletableFuture[]::new))
                        .join();
            } finally {
                clients.shutdown();
            }

            await("an instance holding two applies mid-way")
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> record.holderOfTwoMidApply().isPresent());
            String victim = record.holderOfTwoMidApply().orElseThrow();
            int heldAtStop = record.midApplyHeldBy(victim);
            RolewireProcess stopped = victim.equals("replica-a") ? a : b;
            RolewireProcess survivor = stopped == a ? b : a;
            if (kill) {
                stopped.kill();
            } else {
                stopped.terminate();
            }

            await("every run VERIFIED on the surviving instance")
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(200))
                    .failFast("the surviving instance died", () -> !survivor.alive())
                    .until(() -> record.statuses(runs).values().stream().allMatch("VERIFIED"::equals));

            Map<FaultProxy.Write, Integer> writes = proxy.writeCounts();
            assertThat(writes)
                    .allSatisfy((write, times) -> assertThat(times)
                            .as("%s made %d times", write, times)
                            .isEqualTo(1));
            // per run: CreateRole (source), PutRolePolicy, RegisterTaskDefinition, CreateRole (destination)
            assertThat(writes).hasSize(RUNS * 4);
            assertThat(proxy.writes()).hasSize(RUNS * 4);
            for (int n = 1; n <= RUNS; n++) {
                String role = "task-role-" + suffix + "-" + n;
                assertThat(writes).containsKey(new FaultProxy.Write("CreateRole", role + "//"));
                assertThat(writes)
                        .containsKey(new FaultProxy.Write("CreateRole", "cross-role-" + suffix + "-" + n + "//"));
                assertThat(writes)
                        .containsKey(new FaultProxy.Write("RegisterTaskDefinition", "fam-" + suffix + "-" + n));
            }
            Figures figures = new Figures(
                    name,
                    RUNS,
                    heldAtStop,
                    record.resumed(runs),
                    writes.size(),
                    proxy.writes().size());
            figures.write(Path.of("target", "replicas-" + name + ".txt"));
            return figures;
        }
    }

    private RolewireProcess instance(ScratchDatabase database, FaultProxy proxy, String name) throws IOException {
        Path home = Files.createDirectories(directory.resolve(name));
        List<String> properties = new ArrayList<>(database.properties());
        properties.addAll(ReplicaApi.awsProperties(proxy.endpoint(), directory));
        properties.addAll(List.of(
                "--rolewire.apply.lease.instance-name=" + name,
                // leases that expire in seconds, so the test waits seconds, not the default 30 s
                "--rolewire.apply.lease.heartbeat=500ms",
                "--rolewire.apply.lease.missed-heartbeats=8",
                "--rolewire.apply.lease.poll-interval=500ms"));
        return new RolewireProcess(home, properties);
    }

    /** What docs/benchmarks.md reports ("Replicas"). */
    record Figures(
            String stop, int runs, int heldAtStop, Map<String, Integer> resumed, int distinctWrites, int writeCalls) {

        int resumedAfter(String reason) {
            return resumed.getOrDefault(reason, 0);
        }

        void write(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            String text = "stop=" + stop + " runs=" + runs + " verified=" + runs + " mid-apply-at-stop=" + heldAtStop
                    + " resumed=" + resumed + " distinct-writes=" + distinctWrites + " write-calls=" + writeCalls
                    + "\n";
            Files.writeString(file, text);
            System.out.print("Replicas: " + text);
        }
    }
}
