package io.rolewire.benchmark;

import io.rolewire.RolewireApplication;
import io.rolewire.apply.Applies;
import io.rolewire.apply.LivePlans;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.RunTransitioned;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.aws.FaultProxy;
import io.rolewire.testsupport.aws.ProxiedCall;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Wall time of the seed 003 apply against Floci behind a {@link FaultProxy} that adds a fixed
 * latency to every AWS call, beside its critical path ({@link CriticalPath}, from the calls the proxy
 * recorded): seed 003 from nothing (both roles created), and the merge case (the destination role
 * exists with another trust statement, which the apply keeps). Each apply has accounts of its own, so
 * each starts from the same state. The wall time runs from the apply's request to the run settled
 * VERIFIED (the approval's live plan is read before, without latency). Not a test: run it by hand
 * with Floci started (docs/benchmarks.md). Arguments: latency in ms (default 100), applies measured
 * per case (default 5), warm-up applies before them (default 5; the JIT compiles the apply's path in
 * the first few, on a two-CPU machine while they run).
 */
public final class ApplyWallTime {

    private static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    private static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);
    private static final Set<RunStatus> SETTLED =
            Set.of(RunStatus.VERIFIED, RunStatus.VERIFICATION_FAILED, RunStatus.FAILED);
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String OTHER_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"KeepMe\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    /** One apply's own accounts and names. */
    private record Case(boolean merge, int n) {

        String source() {
            return String.format("47%d0000000%02d", merge ? 1 : 0, n);
        }

        String destination() {
            return String.format("48%d0000000%02d", merge ? 1 : 0, n);
        }

        WiringInput input() {
            return new WiringInput(
                    Workload.ECS_TASK,
                    FlociAccount.REGION,
                    new SourceRole(source(), "task-role-" + SUFFIX, true),
                    new DestinationRole(destination(), "cross-role-" + SUFFIX, !merge, List.of()),
                    new EcsTaskOptions(
                            "fam-" + SUFFIX, "test", "your-test-image", 100, 200, LaunchType.EC2, null, false),
                    null);
        }
    }

    private static final Commits COMMITS = new Commits();

    /** When each run's transitions committed (nanoTime), told by the transitions themselves. */
    private static final class Commits implements ApplicationListener<PayloadApplicationEvent<?>> {

        private final Map<Long, Long> lastCommit = new HashMap<>();
        private long commits;

        @Override
        public void onApplicationEvent(PayloadApplicationEvent<?> event) {
            if (!(event.getPayload() instanceof RunTransitioned transitioned)) {
                return;
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    long now = System.nanoTime();
                    synchronized (Commits.this) {
                        lastCommit.put(transitioned.runId(), now);
                        commits++;
                        Commits.this.notifyAll();
                    }
                }
            });
        }

        /** Waits for the run to be settled; @return when the transition that settled it committed */
        long settledAt(long runId, Supplier<RunStatus> status) throws InterruptedException {
            while (true) {
                long seen;
                synchronized (this) {
                    seen = commits;
                }
                if (SETTLED.contains(status.get())) { // read outside the lock: a commit never waits for it
                    synchronized (this) {
                        return lastCommit.get(runId);
                    }
                }
                synchronized (this) {
                    while (commits == seen) {
                        wait(1_000);
                    }
                }
            }
        }
    }

    private static final ClientCalls CLIENT_CALLS = new ClientCalls();

    /**
     * One measured apply: its critical path weighed by the calls' durations as the proxy timed them
     * (the peer's side: latency and Floci's work), and as the application waited for them (the same
     * calls from the SDK call's start to its result).
     */
    private record Measure(
            long startNanos,
            long wallMillis,
            CriticalPath.Chain path,
            CriticalPath.Chain clientPath,
            List<ProxiedCall> calls,
            List<ProxiedCall> clientCalls) {

        double ratio() {
            return (double) wallMillis / path.length().toMillis();
        }

        double clientRatio() {
            return (double) wallMillis / clientPath.length().toMillis();
        }
    }

    private ApplyWallTime() {}

    public static void main(String[] args) throws Exception {
        Duration latency = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 100);
        int applies = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (FaultProxy proxy = FaultProxy.start(LocalFloci.endpoint());
                ConfigurableApplicationContext context = application(proxy, applies + warmUps)) {
            for (boolean merge : List.of(false, true)) {
                List<Measure> measures = new ArrayList<>();
                for (int n = 0; n < warmUps + applies; n++) {
                    Measure measure = measure(context, proxy, new Case(merge, n), latency);
                    if (n >= warmUps) { // the first ones warm up the clients and the JIT
                        measures.add(measure);
                    }
                }
                report(merge ? "merge into an existing destination role" : "seed 003 from nothing", latency, measures);
            }
        }
    }

    private static Measure measure(ConfigurableApplicationContext context, FaultProxy proxy, Case c, Duration latency)
            throws InterruptedException {
        Runs runs = context.getBean(Runs.class);
        Applies service = context.getBean(Applies.class);
        if (c.merge()) {
            try (IamClient destination = FlociAccount.root(c.destination()).iam()) {
                destination.createRole(r -> r.roleName("cross-role-" + SUFFIX).assumeRolePolicyDocument(OTHER_TRUST));
            }
        }
        WiringInput input = c.input();
        Run draft = runs.createDraft(input, new Wiring().preview(input), new Actor("operator"));
        context.getBean(RunLifecycle.class).submit(draft.id(), OPERATOR);
        context.getBean(Approvals.class)
                .approve(
                        draft.id(),
                        ADMIN,
                        context.getBean(LivePlans.class)
                                .refresh(draft.id(), ADMIN)
                                .hash());
        proxy.reset();
        CLIENT_CALLS.reset();
        proxy.latency(latency);
        long start = System.nanoTime();
        service.apply(draft.id(), OPERATOR);
        // the end is the commit of the transition that settled the run, taken by a listener in that
        // transaction: polling the run would cost the machine's CPU and add up to a poll's delay
        long settled = COMMITS.settledAt(
                draft.id(), () -> runs.find(draft.id()).orElseThrow().status());
        long took = Duration.ofNanos(settled - start).toMillis();
        while (service.progress(draft.id()).running()) { // the lease row's removal: housekeeping after the end
            Thread.sleep(5);
        }
        proxy.latency(Duration.ZERO);
        if (runs.find(draft.id()).orElseThrow().status() != RunStatus.VERIFIED) {
            throw new IllegalStateException("apply did not verify: " + service.progress(draft.id()));
        }
        List<ProxiedCall> calls = proxy.callsIn(c.source(), c.destination());
        List<ProxiedCall> clientCalls = CLIENT_CALLS.asTheClientWaited(calls);
        return new Measure(start, took, CriticalPath.of(calls), CriticalPath.of(clientCalls), calls, clientCalls);
    }

    private static void report(String name, Duration latency, List<Measure> measures) {
        List<Measure> sorted = measures.stream()
                .sorted(Comparator.comparingLong(Measure::wallMillis))
                .toList();
        Measure median = sorted.get(sorted.size() / 2);
        System.out.printf(
                "%s: latency %d ms per call, %d applies: wall median %d ms (min %d, max %d); critical path %d ms"
                        + " (%d calls); wall / critical path %.2f; %d calls per apply%n",
                name,
                latency.toMillis(),
                measures.size(),
                median.wallMillis(),
                sorted.get(0).wallMillis(),
                sorted.get(sorted.size() - 1).wallMillis(),
                median.path().length().toMillis(),
                median.path().calls().size(),
                median.ratio(),
                median.calls().size());
        System.out.printf(
                "  median (max) of the applies' ratios: %.2f (%.2f) against the calls as the proxy timed them;"
                        + " %.2f (%.2f) against the calls as the application waited for them (median apply's path"
                        + " %d ms)%n",
                medianOf(measures.stream().map(Measure::ratio).toList()),
                measures.stream().mapToDouble(Measure::ratio).max().orElse(0),
                medianOf(measures.stream().map(Measure::clientRatio).toList()),
                measures.stream().mapToDouble(Measure::clientRatio).max().orElse(0),
                median.clientPath().length().toMillis());
        System.out.printf(
                "  critical path of the median apply: %s%n", median.path().actions());
        System.out.println("  its calls (* on the critical path) as the proxy timed them: start (from the apply's"
                + " request), duration, account, action, error");
        print(median.startNanos(), median.calls(), median.path());
        System.out.println("  the same calls as the application waited for them:");
        print(median.startNanos(), median.clientCalls(), median.clientPath());
    }

    private static void print(long zero, List<ProxiedCall> calls, CriticalPath.Chain path) {
        for (ProxiedCall call : calls) {
            System.out.printf(
                    "  %s %5d ms +%4d ms  %s %s %s%n",
                    path.calls().contains(call) ? "*" : " ",
                    Duration.ofNanos(call.startNanos() - zero).toMillis(),
                    call.duration().toMillis(),
                    call.account(),
                    call.action(),
                    call.succeeded() ? "" : call.errorCode());
        }
    }

    private static double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static ConfigurableApplicationContext application(FaultProxy proxy, int pairs) throws IOException {
        List<String> accounts = IntStream.range(0, pairs)
                .boxed()
                .flatMap(n -> List.of(new Case(false, n), new Case(true, n)).stream())
                .flatMap(c -> List.of(c.source(), c.destination()).stream())
                .toList();
        Path credentials = Files.createTempFile("rolewire-walltime", "");
        credentials.toFile().deleteOnExit();
        StringBuilder file = new StringBuilder();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:mem:walltime;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--rolewire.security.users[0].username=operator",
                "--rolewire.security.users[0].password={noop}x",
                "--rolewire.security.users[0].roles=OPERATOR",
                "--rolewire.apply.aws-access=true",
                // the watches re-read wired runs on their own schedule: a look that falls inside a
                // measured apply adds its calls to the same proxy and pool, and is not the apply's time
                "--rolewire.drift.enabled=false",
                "--rolewire.expiry.enabled=false",
                "--rolewire.aws.endpoint-url=" + proxy.endpoint(),
                "--rolewire.aws.region=" + FlociAccount.REGION,
                "--rolewire.aws.credentials-file=" + credentials));
        for (String account : accounts) {
            file.append("[floci-")
                    .append(account)
                    .append("]\naws_access_key_id = ")
                    .append(account)
                    .append("\naws_secret_access_key = test\n");
            arguments.add("--rolewire.aws.accounts." + account + ".profile=floci-" + account);
        }
        Files.writeString(credentials, file);
        return new SpringApplicationBuilder(RolewireApplication.class)
                .listeners(COMMITS)
                // every AWS client of the application reports its calls' times to the benchmark
                .initializers(
                        context -> context.getBeanFactory().registerSingleton("benchmarkClientCalls", CLIENT_CALLS))
                .run(arguments.toArray(String[]::new));
    }
}
