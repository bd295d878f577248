package io.rolewire.apply;

import static org.awaitility.Awaitility.await;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application against one HTTP AWS stub (emptied before each test), with AWS access on and
 * backoffs in milliseconds. Seed 003's accounts and names; subclasses change the stub's state and faults.
 */
@SpringBootTest
abstract class StubbedApplyContext {

    static final String SOURCE = Seed003.SOURCE;
    static final String DESTINATION = Seed003.DESTINATION;
    static final String SOURCE_ROLE = Seed003.SOURCE_ROLE;
    static final String DESTINATION_ROLE = Seed003.DESTINATION_ROLE;
    static final String FAMILY = Seed003.FAMILY;
    static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);
    static final EnumSet<RunStatus> SETTLED =
            EnumSet.of(RunStatus.VERIFIED, RunStatus.VERIFICATION_FAILED, RunStatus.FAILED, RunStatus.APPLIED);

    static final AwsStub stub = AwsStub.start();

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

    @DynamicPropertySource
    static void pointAtStub(DynamicPropertyRegistry registry) {
        Path credentials = credentialsFile();
        registry.add("rolewire.apply.aws-access", () -> "true");
        registry.add("rolewire.apply.first-backoff", () -> "5ms");
        registry.add("rolewire.apply.max-backoff", () -> "20ms");
        registry.add("rolewire.apply.propagation-timeout", () -> "3s");
        registry.add("rolewire.aws.endpoint-url", () -> stub.endpoint().toString());
        registry.add("rolewire.aws.region", () -> AwsStub.REGION);
        registry.add("rolewire.aws.credentials-file", credentials::toString);
        registry.add("rolewire.aws.api-call-attempt-timeout", () -> "5s");
        // leases that expire within seconds, so a test can take one away and see it taken over
        registry.add("rolewire.apply.lease.heartbeat", () -> "200ms");
        registry.add("rolewire.apply.lease.missed-heartbeats", () -> "10");
        registry.add("rolewire.apply.lease.poll-interval", () -> "200ms");
        for (String account : List.of(SOURCE, DESTINATION)) {
            registry.add("rolewire.aws.accounts." + account + ".profile", () -> "stub-" + account);
        }
    }

    @AfterAll
    static void keepStubForContext() {
        // the stub lives as long as the JVM's cached Spring context that points at it
    }

    @BeforeEach
    void emptyStub() {
        stub.reset();
    }

    static WiringInput seed003(boolean createDestination) {
        return Seed003.input(AwsStub.REGION, createDestination);
    }

    /** Created by the operator, submitted, approved by the admin against the live plan as it is now. */
    Run approved(WiringInput input) {
        Run draft = runs.createDraft(input, new Wiring().preview(input), new Actor(OPERATOR.username()));
        lifecycle.submit(draft.id(), OPERATOR);
        LivePlan seen = plans.refresh(draft.id(), ADMIN);
        return approvals.approve(draft.id(), ADMIN, seen.hash());
    }

    Run settle(long runId) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> SETTLED.contains(runs.find(runId).orElseThrow().status())
                        && !applies.progress(runId).running());
        return runs.find(runId).orElseThrow();
    }

    private static Path credentialsFile() {
        try {
            Path file = Files.createTempFile("rolewire-stub-credentials", "");
            StringBuilder text = new StringBuilder();
            for (String account : List.of(SOURCE, DESTINATION)) {
                text.append("[stub-")
                        .append(account)
                        .append("]\naws_access_key_id = ")
                        .append(AwsStub.accessKeyId(account))
                        .append("\naws_secret_access_key = stub-secret\n");
            }
            Files.writeString(file, text);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
