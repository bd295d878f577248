package io.rolewire.testsupport.crash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * Rounds of: load from N clients, SIGKILL mid-load, restart on the same database, read everything
 * back. Each round checks every run acknowledged so far (earlier rounds included) and every run
 * stored since the previous round.
 */
public final class CrashRounds {

    /** One round's figures; {@code acknowledged*} count this round's acknowledgements only. */
    public record Round(
            int number,
            int acknowledgedRuns,
            int acknowledgedSubmits,
            int lostRuns,
            int revertedSubmits,
            List<String> halfWritten,
            boolean chainIntact,
            int refused) {

        public boolean clean() {
            return lostRuns == 0 && revertedSubmits == 0 && halfWritten.isEmpty() && chainIntact;
        }
    }

    private final RolewireProcess app;
    private final String body;
    private final int clients;
    private final int runsBeforeKill;
    private final Set<Long> created = ConcurrentHashMap.newKeySet();
    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();
    private long checkedUpTo;

    /**
     * @param body the POST /api/v1/runs body
     * @param runsBeforeKill the kill comes after between this many and twice as many acknowledged creates
     */
    public CrashRounds(RolewireProcess app, String body, int clients, int runsBeforeKill) {
        this.app = app;
        this.body = body;
        this.clients = clients;
        this.runsBeforeKill = runsBeforeKill;
    }

    /** The application must be running; it is running again (restarted) when this returns. */
    public Round round(int number) throws IOException, InterruptedException {
        int runsBefore = created.size();
        int submitsBefore = submitted.size();
        CrashLoad load = new CrashLoad(app, body, clients, created, submitted);
        load.start();
        load.awaitCreated(runsBeforeKill + ThreadLocalRandom.current().nextInt(runsBeforeKill + 1));
        app.kill();
        load.stop();
        app.start();
        StoreCheck store = new StoreCheck(app);
        int lost = 0;
        int reverted = 0;
        List<String> halfWritten = new ArrayList<>();
        for (long id : Set.copyOf(created)) {
            var run = store.run(id);
            if (run.isEmpty()) {
                lost++;
            } else if (submitted.contains(id)
                    && !"SUBMITTED".equals(run.get().path("status").asString())) {
                reverted++;
            }
        }
        for (long id : store.runIdsAfter(checkedUpTo)) {
            JsonNode run = store.run(id).orElseThrow();
            store.halfWritten(id, run).ifPresent(halfWritten::add);
            checkedUpTo = Math.max(checkedUpTo, id);
        }
        return new Round(
                number,
                created.size() - runsBefore,
                submitted.size() - submitsBefore,
                lost,
                reverted,
                halfWritten,
                store.chainIntact(),
                load.refused());
    }
}
