package io.rolewire.benchmark;

import io.rolewire.audit.RunSummary;
import io.rolewire.runs.RunFixtures;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deterministic, skewed history: a few hundred accounts and thousands of role names (the first of
 * each pool far more often than the last), a status mix like a living system's, three years of runs
 * in id order. The same seed always gives the same runs, so a test can compare against them.
 */
public final class GeneratedRuns {

    static final String[] SERVICES = {
        "payments", "orders", "billing", "reporting", "search", "ledger", "identity", "catalog", "shipping",
        "audit", "pricing", "fraud", "inventory", "notify", "analytics", "checkout", "media", "profile"
    };
    static final RunStatus[] STATUS_MIX = mix();
    static final Instant START = Instant.parse("2023-11-22T00:00:00Z");
    static final String REGION = "eu-west-1";
    static final String PLAN_HASH = "0".repeat(64);

    private final Random random;
    private final int accounts;
    private final int roles;
    private final int users;
    private Instant clock = START;
    private boolean disorder;
    private final String ecsTemplate;
    private final String ec2Template;

    public GeneratedRuns(long seed, int accounts, int roles, int users) {
        this.random = new Random(seed);
        this.accounts = accounts;
        this.roles = roles;
        this.users = users;
        JsonMapper json = JsonMapper.builder().build();
        this.ecsTemplate = json.writeValueAsString(RunFixtures.ecsInput("@SA@", "@SR@", "@DA@", "@DR@"))
                .replace("\"family\":\"reporting\"", "\"family\":\"@FAM@\"");
        this.ec2Template = json.writeValueAsString(RunFixtures.ec2Input("@SA@", "@SR@", "@DA@", "@DR@"));
    }

    /**
     * From now on, about one run in ten has the same created_at as the run before it and one in
     * twenty an earlier one than the run before it (up to ten minutes), as concurrent requests
     * would give: the history's (created_at, id) order is then not the id order. For tests; the
     * benchmark's data keeps time growing with the id.
     */
    public GeneratedRuns withDisorder() {
        this.disorder = true;
        return this;
    }

    /** The next run; ids are given by the caller's order, starting at 1. */
    public GeneratedRun next(long id) {
        Instant at = nextTime();
        Workload workload = random.nextInt(10) < 7 ? Workload.ECS_TASK : Workload.EC2_INSTANCE;
        String sourceRole = role();
        String family = workload == Workload.ECS_TASK ? sourceRole.replace("-role", "") : null;
        var summary = new RunSummary(
                id,
                STATUS_MIX[random.nextInt(STATUS_MIX.length)],
                workload,
                account(),
                sourceRole,
                account(),
                role(),
                "user" + skewed(users),
                at,
                REGION,
                family,
                PLAN_HASH,
                null,
                null);
        return new GeneratedRun(summary, family, inputJson(summary, family));
    }

    private Instant nextTime() {
        int roll = disorder ? random.nextInt(20) : 19;
        if (roll < 2) {
            return clock;
        }
        if (roll == 2) {
            return clock.minusSeconds(1 + random.nextInt(600));
        }
        clock = clock.plusSeconds(1 + random.nextInt(189)); // about 95 s apart: 1M runs span 3 years
        return clock;
    }

    /** 0 .. n-1, small numbers far more likely (a square of a uniform number). */
    int skewed(int n) {
        double u = random.nextDouble();
        return (int) (u * u * n);
    }

    int events() {
        return 1 + random.nextInt(19); // 10 on average
    }

    Random random() {
        return random;
    }

    private String account() {
        return String.format("%012d", 100000000000L + 7919L * skewed(accounts));
    }

    private String role() {
        int n = skewed(roles);
        return SERVICES[n % SERVICES.length] + "-" + (n / SERVICES.length) + "-role";
    }

    private String inputJson(RunSummary s, String family) {
        String template = s.workload() == Workload.ECS_TASK ? ecsTemplate : ec2Template;
        return template.replace("@SA@", s.sourceAccountId())
                .replace("@SR@", s.sourceRoleName())
                .replace("@DA@", s.destinationAccountId())
                .replace("@DR@", s.destinationRoleName())
                .replace("@FAM@", family == null ? "" : family);
    }

    private static RunStatus[] mix() {
        String weights = "VERIFIED:45,APPLIED:15,DRAFT:10,SUBMITTED:5,APPROVED:5,REJECTED:5,CANCELLED:5,"
                + "FAILED:5,VERIFICATION_FAILED:3,APPLYING:2";
        return List.of(weights.split(",")).stream()
                .flatMap(w -> java.util.Collections.nCopies(
                        Integer.parseInt(w.split(":")[1]), RunStatus.valueOf(w.split(":")[0]))
                        .stream())
                .toArray(RunStatus[]::new);
    }

    /** A run as inserted: its history row, its ECS task family (or null) and its input JSON. */
    public record GeneratedRun(RunSummary summary, String taskFamily, String inputJson) {}
}
