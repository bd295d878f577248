package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.floci.testcontainers.FlociContainer;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.Seed003;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Seed 003 applied across two accounts of a real AWS emulator (Floci) and verified. Accounts are told
 * apart by access key id (a twelve-digit key acts in that account, the emulators' convention). Skips
 * without Docker; {@link ApplyScenariosTest} covers the same path against the HTTP stub.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
class FlociApplyTest {

    private static final String SOURCE = Seed003.SOURCE;
    private static final String DESTINATION = Seed003.DESTINATION;

    @Container
    static final FlociContainer floci = new FlociContainer().withDefaultAccountId(SOURCE);

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    Applies applies;

    @Autowired
    LivePlans plans;

    @DynamicPropertySource
    static void pointAtFloci(DynamicPropertyRegistry registry) throws IOException {
        Path credentials = Files.createTempFile("rolewire-floci", "");
        credentials.toFile().deleteOnExit();
        StringBuilder text = new StringBuilder();
        for (String account : List.of(SOURCE, DESTINATION)) {
            text.append("[floci-")
                    .append(account)
                    .append("]\naws_access_key_id = ")
                    .append(account)
                    .append("\naws_secret_access_key = test\n");
            registry.add("rolewire.aws.accounts." + account + ".profile", () -> "floci-" + account);
        }
        Files.writeString(credentials, text);
        registry.add("rolewire.apply.aws-access", () -> "true");
        registry.add("rolewire.apply.first-backoff", () -> "200ms");
        registry.add("rolewire.aws.endpoint-url", floci::getEndpoint);
        registry.add("rolewire.aws.region", floci::getRegion);
        registry.add("rolewire.aws.credentials-file", credentials::toString);
    }

    @Test
    void appliesSeed003AcrossTwoAccountsAndVerifiesIt() {
        ActingUser operator = ActingUser.of("operator", ActingUser.OPERATOR);
        ActingUser admin = ActingUser.of("admin", ActingUser.ADMIN);
        WiringInput input = Seed003.input(floci.getRegion(), true);
        Run draft = runs.createDraft(input, new Wiring().preview(input), new Actor("operator"));
        lifecycle.submit(draft.id(), operator);
        applies.approve(draft.id(), admin, plans.refresh(draft.id(), admin).hash());

        applies.apply(draft.id(), operator);

        await().atMost(Duration.ofMinutes(3))
                .until(() -> Set.of(RunStatus.VERIFIED, RunStatus.VERIFICATION_FAILED, RunStatus.FAILED)
                        .contains(runs.find(draft.id()).orElseThrow().status()));
        ApplyProgress progress = applies.progress(draft.id());
        assertThat(runs.find(draft.id()).orElseThrow().status())
                .as("steps %s, verification %s", progress.steps(), progress.verification())
                .isEqualTo(RunStatus.VERIFIED);
    }
}
