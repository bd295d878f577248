package io.rolewire.apply;

import static org.awaitility.Awaitility.await;

import io.rolewire.aws.AwsSessions;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresFloci;
import io.rolewire.testsupport.aws.AccessAnalyzerStub;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application pointed at a running Floci (a real IAM/STS/ECS peer with IAM enforcement)
 * through a {@link FaultProxy}, which records every call and injects what Floci cannot produce
 * (throttling, the "Invalid principal" delay after CreateRole, latency, a failing write); its faults
 * and records are cleared before each test. Access Analyzer, which Floci lacks, is the
 * {@link AccessAnalyzerStub} behind the same proxy. Each scenario gets its own pair of accounts and
 * role names with a per-JVM suffix, so scenarios and repeated runs can share one emulator, and a
 * test reads the calls of its own accounts ({@link #callsOf}). Each account is reached with a
 * profile whose access key id is the account id (its root in Floci); the {@link #LIMITED} account is
 * reached through a deployer role that may read but not write. Backoffs are in milliseconds and
 * leases expire within seconds, so a test can take one away and see it taken over.
 */
@SpringBootTest
@RequiresFloci
abstract class FlociApplyContext {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final String LIMITED = "439000000001";
    static final String LIMITED_DEPLOYER = "rolewire-read-only-deployer-" + SUFFIX;
    static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);
    static final String ECS_TASKS_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    private static final EnumSet<RunStatus> SETTLED =
            EnumSet.of(RunStatus.VERIFIED, RunStatus.VERIFICATION_FAILED, RunStatus.FAILED, RunStatus.APPLIED);
    private static final int PAIRS = 60;
    private static FaultProxy proxy;
    private static AccessAnalyzerStub analyzer;

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    Applies applies;

    @Autowired
    Approvals approvals;

    @Autowired
    LivePlans plans;

    /** Scenario {@code n}'s own source and destination accounts, with names of this JVM's run. */
    record Scenario(String source, String destination, String sourceRole, String destinationRole, String family) {

        static Scenario of(int n) {
            return new Scenario(
                    sourceAccount(n),
                    destinationAccount(n),
                    "task-role-" + SUFFIX,
                    "cross-role-" + SUFFIX,
                    "fam-" + SUFFIX);
        }

        static Scenario withSource(String source, int n) {
            Scenario plain = of(n);
            return new Scenario(source, plain.destination, plain.sourceRole, plain.destinationRole, plain.family);
        }

        /** Seed 003 (an ECS task assumes a role in another account) with this scenario's names. */
        WiringInput seed003(boolean createSource, boolean createDestination) {
            return new WiringInput(
                    Workload.ECS_TASK,
                    FlociAccount.REGION,
                    new SourceRole(source, sourceRole, createSource),
                    new DestinationRole(destination, destinationRole, createDestination, List.of()),
                    new EcsTaskOptions(family, "test", "your-test-image", 100, 200, LaunchType.EC2, null, false),
                    null);
        }

        String sourceRoleArn() {
            return "arn:aws:iam::" + source + ":role/" + sourceRole;
        }

        String destinationRoleArn() {
            return "arn:aws:iam::" + destination + ":role/" + destinationRole;
        }
    }

    @DynamicPropertySource
    static void pointAtFloci(DynamicPropertyRegistry registry) {
        Path credentials = credentialsFile();
        registry.add("rolewire.apply.aws-access", () -> "true");
        registry.add("rolewire.apply.first-backoff", () -> "5ms");
        registry.add("rolewire.apply.max-backoff", () -> "20ms");
        registry.add("rolewire.apply.propagation-timeout", () -> "3s");
        registry.add("rolewire.aws.endpoint-url", () -> proxy().endpoint().toString());
        registry.add("rolewire.aws.api-call-attempt-timeout", () -> "5s");
        registry.add("rolewire.apply.lease.heartbeat", () -> "200ms");
        registry.add("rolewire.apply.lease.missed-heartbeats", () -> "10");
        registry.add("rolewire.apply.lease.poll-interval", () -> "200ms");
        registry.add("rolewire.aws.region", () -> FlociAccount.REGION);
        registry.add("rolewire.aws.credentials-file", credentials::toString);
        accounts()
                .forEach(account ->
                        registry.add("rolewire.aws.accounts." + account + ".profile", () -> "floci-" + account));
        registry.add(
                "rolewire.aws.accounts." + LIMITED + ".role-arn",
                () -> "arn:aws:iam::" + LIMITED + ":role/" + LIMITED_DEPLOYER);
    }

    /**
     * The proxy every AWS call of this JVM's Floci contexts goes through, started once: the cached
     * Spring contexts that point at it live as long as the JVM.
     */
    static synchronized FaultProxy proxy() {
        if (proxy == null) {
            analyzer = AccessAnalyzerStub.start();
            proxy = FaultProxy.start(LocalFloci.endpoint()).route("access-analyzer", analyzer.endpoint());
        }
        return proxy;
    }

    static synchronized AccessAnalyzerStub analyzer() {
        proxy();
        return analyzer;
    }

    @Autowired
    AwsSessions sessions;

    @BeforeEach
    void noFaultsAndNoCallsYet() {
        proxy().reset();
        analyzer().reset();
        // fresh clients: the JDK server behind the proxy drops connections left idle while other test
        // classes ran, and the SDK's pool would send this test's first calls on them
        sessions.close();
    }

    /** The calls made in these accounts since the test began (a scenario's own accounts). */
    static List<ProxiedCall> callsOf(Scenario s) {
        return proxy().callsIn(s.source(), s.destination());
    }

    /** The writes of a scenario that reached Floci (injected failures excluded). */
    static List<ProxiedCall> writesOf(Scenario s) {
        return callsOf(s).stream().filter(c -> c.isWrite() && !c.injected()).toList();
    }

    /** Created by the operator, submitted, approved by the admin against the live plan as it is now. */
    Run approved(WiringInput input) {
        Run draft = runs.createDraft(input, new Wiring().preview(input), new Actor(OPERATOR.username()));
        lifecycle.submit(draft.id(), OPERATOR);
        LivePlan seen = plans.refresh(draft.id(), ADMIN);
        return approvals.approve(draft.id(), ADMIN, seen.hash());
    }

    /** Approved, applied and waited for until it settles. */
    Run appliedAndSettled(WiringInput input) {
        Run run = approved(input);
        applies.apply(run.id(), OPERATOR);
        return settle(run.id());
    }

    Run settle(long runId) {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> SETTLED.contains(runs.find(runId).orElseThrow().status())
                        && !applies.progress(runId).running());
        return runs.find(runId).orElseThrow();
    }

    ApplyStep step(long runId, String key) {
        return applies.progress(runId).steps().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static PlannedResource resource(LivePlan plan, String key) {
        return plan.resources().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static String sourceAccount(int n) {
        return String.format("4100000000%02d", n);
    }

    private static String destinationAccount(int n) {
        return String.format("4200000000%02d", n);
    }

    private static Stream<String> accounts() {
        return Stream.concat(
                IntStream.rangeClosed(1, PAIRS)
                        .boxed()
                        .flatMap(n -> Stream.of(sourceAccount(n), destinationAccount(n))),
                Stream.of(LIMITED));
    }

    private static Path credentialsFile() {
        StringBuilder text = new StringBuilder();
        accounts()
                .forEach(account -> text.append("[floci-")
                        .append(account)
                        .append("]\naws_access_key_id = ")
                        .append(account)
                        .append("\naws_secret_access_key = test\n"));
        try {
            Path file = Files.createTempFile("rolewire-floci-credentials", "");
            file.toFile().deleteOnExit();
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
