package io.rolewire.benchmark;

import io.rolewire.testsupport.crash.CrashRounds;
import io.rolewire.testsupport.crash.RolewireProcess;
import io.rolewire.testsupport.crash.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The crash soak of docs/benchmarks.md: Rolewire in a separate JVM, N API clients creating and
 * submitting runs, SIGKILL mid-load, restart, read back; R rounds on one database. Not a test: run
 * it through scripts/crash-soak.sh. Arguments: {@code h2|postgres} [rounds=20] [clients=50]
 * [runs before the kill=40]. Exits 1 when anything acknowledged was lost or half-written.
 */
public final class CrashSoak {

    private CrashSoak() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int runsBeforeKill = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        String body = Files.readString(Path.of("docs/examples/seed-003.json"));
        Path directory = Files.createTempDirectory("crash-soak-" + database);
        List<CrashRounds.Round> results = new ArrayList<>();
        try (ScratchDatabase postgres = "postgres".equals(database) ? new ScratchDatabase() : null;
                RolewireProcess app =
                        new RolewireProcess(directory, postgres == null ? List.of() : postgres.properties())) {
            app.start();
            CrashRounds crash = new CrashRounds(app, body, clients, runsBeforeKill);
            for (int number = 1; number <= rounds; number++) {
                CrashRounds.Round round = crash.round(number);
                results.add(round);
                System.out.println(round);
            }
        }
        System.out.println(summary(database, clients, results));
        System.exit(results.stream().allMatch(CrashRounds.Round::clean) ? 0 : 1);
    }

    private static String summary(String database, int clients, List<CrashRounds.Round> results) {
        int runs =
                results.stream().mapToInt(CrashRounds.Round::acknowledgedRuns).sum();
        int submits = results.stream()
                .mapToInt(CrashRounds.Round::acknowledgedSubmits)
                .sum();
        int lost = results.stream().mapToInt(CrashRounds.Round::lostRuns).max().orElse(0);
        int reverted = results.stream()
                .mapToInt(CrashRounds.Round::revertedSubmits)
                .max()
                .orElse(0);
        int half = results.stream().mapToInt(r -> r.halfWritten().size()).sum();
        long broken = results.stream().filter(r -> !r.chainIntact()).count();
        int refused = results.stream().mapToInt(CrashRounds.Round::refused).sum();
        return "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d |"
                .formatted(database, results.size(), clients, runs, submits, lost, reverted, half, broken, refused);
    }
}
