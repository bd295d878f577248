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
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.Seed003;
import io.rolewire.testsupport.aws.AwsStub;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Wall time of the seed 003 apply (every resource created) against the AWS stub with a fixed latency
 * per call: the two accounts one after the other, then at the same time. Not a test: run it by hand
 * (docs/benchmarks.md). Arguments: latency in ms (default 100), applies per mode (default 5).
 */
public final class ApplyWallTime {

    private static final String SOURCE = Seed003.SOURCE;
    private static final String DESTINATION = Seed003.DESTINATION;
    private static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    private static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);
    private static final Set<RunStatus> SETTLED =
            Set.of(RunStatus.VERIFIED, RunStatus.VERIFICATION_FAILED, RunStatus.FAILED);

    private ApplyWallTime() {}

    public static void main(String[] args) throws Exception {
        Duration latency = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 100);
        int applies = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (AwsStub stub = AwsStub.start()) {
            Path credentials = credentials();
            for (boolean parallel : List.of(false, true)) {
                List<Long> millis = measure(stub, credentials, parallel, latency, applies);
                Collections.sort(millis);
                System.out.printf(
                        "%s: latency %d ms per call, %d applies: median %d ms, min %d ms, max %d ms, %d calls each%n",
                        parallel ? "parallel accounts" : "sequential accounts",
                        latency.toMillis(),
                        applies,
                        millis.get(millis.size() / 2),
                        millis.get(0),
                        millis.get(millis.size() - 1),
                        lastCalls);
            }
        }
    }

    private static int lastCalls;

    private static List<Long> measure(AwsStub stub, Path credentials, boolean parallel, Duration latency, int applies)
            throws InterruptedException {
        List<Long> millis = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RolewireApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=jdbc:h2:mem:walltime-" + parallel
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--rolewire.security.users[0].username=operator",
                        "--rolewire.security.users[0].password={noop}x",
                        "--rolewire.security.users[0].roles=OPERATOR",
                        "--rolewire.apply.aws-access=true",
                        "--rolewire.apply.parallel-accounts=" + parallel,
                        "--rolewire.aws.endpoint-url=" + stub.endpoint(),
                        "--rolewire.aws.region=" + AwsStub.REGION,
                        "--rolewire.aws.credentials-file=" + credentials,
                        "--rolewire.aws.accounts." + SOURCE + ".profile=stub-" + SOURCE,
                        "--rolewire.aws.accounts." + DESTINATION + ".profile=stub-" + DESTINATION)) {
            Runs runs = context.getBean(Runs.class);
            RunLifecycle lifecycle = context.getBean(RunLifecycle.class);
            Applies service = context.getBean(Applies.class);
            LivePlans plans = context.getBean(LivePlans.class);
            for (int i = 0; i < applies + 1; i++) {
                stub.reset();
                WiringInput input = seed003();
                Run draft = runs.createDraft(input, new Wiring().preview(input), new Actor("operator"));
                lifecycle.submit(draft.id(), OPERATOR);
                context.getBean(Approvals.class)
                        .approve(
                                draft.id(),
                                ADMIN,
                                plans.refresh(draft.id(), ADMIN).hash());
                stub.faults().latency(latency);
                int before = stub.requests().size();
                long start = System.nanoTime();
                service.apply(draft.id(), OPERATOR);
                while (!SETTLED.contains(runs.find(draft.id()).orElseThrow().status())
                        || service.progress(draft.id()).running()) {
                    Thread.sleep(2);
                }
                long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
                if (runs.find(draft.id()).orElseThrow().status() != RunStatus.VERIFIED) {
                    throw new IllegalStateException("apply did not verify: " + service.progress(draft.id()));
                }
                lastCalls = stub.requests().size() - before;
                if (i > 0) { // the first one warms up the clients and the JIT
                    millis.add(took);
                }
            }
        }
        return millis;
    }

    private static WiringInput seed003() {
        return Seed003.input(AwsStub.REGION, true);
    }

    private static Path credentials() throws java.io.IOException {
        Path file = Files.createTempFile("rolewire-walltime", "");
        file.toFile().deleteOnExit();
        Files.writeString(
                file,
                "[stub-" + SOURCE + "]\naws_access_key_id = " + AwsStub.accessKeyId(SOURCE)
                        + "\naws_secret_access_key = x\n[stub-" + DESTINATION + "]\naws_access_key_id = "
                        + AwsStub.accessKeyId(DESTINATION) + "\naws_secret_access_key = x\n");
        return file;
    }
}
