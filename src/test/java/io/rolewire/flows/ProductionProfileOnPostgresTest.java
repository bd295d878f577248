package io.rolewire.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.LocalPostgres;
import io.rolewire.testsupport.RequiresPostgres;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application under the {@code prod} profile on a real PostgreSQL 15: migrations run,
 * and a seed 003 wiring is previewed, saved as a draft, found in the history with its CREATED event.
 */
@RequiresPostgres
@SpringBootTest
@ActiveProfiles("prod")
class ProductionProfileOnPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.register(registry);
    }

    @Autowired
    Wiring wiring;

    @Autowired
    Runs runs;

    @Autowired
    RunHistory history;

    @Autowired
    EventLog events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresql() {
        String product = jdbc.sql("select version()").query(String.class).single();
        assertThat(product).startsWith("PostgreSQL");
    }

    @Test
    void aSeed003DraftIsStoredAndFoundInTheHistoryWithItsCreatedEvent() {
        WiringInput input = seed003("my-ECS-task-role-" + System.nanoTime());
        Preview preview = wiring.preview(input);
        assertThat(preview.violations()).isEmpty();

        Run saved = runs.createDraft(input, preview, new Actor("operator"));

        Run loaded = runs.find(saved.id()).orElseThrow();
        assertThat(loaded.planHash()).isEqualTo(preview.planHash());
        assertThat(loaded.document(DocumentKeys.DESTINATION_TRUST_POLICY)
                        .orElseThrow()
                        .content())
                .contains("arn:aws:iam::111122223333:role/" + input.source().roleName());
        var page = history.search(new HistoryFilter(null, input.source().roleName(), null, "operator"), null, 10);
        assertThat(page.items()).extracting(summary -> summary.id()).containsExactly(saved.id());
        assertThat(events.eventsOf(saved.id()))
                .extracting(event -> event.type())
                .containsExactly("CREATED");
    }

    private static WiringInput seed003(String sourceRole) {
        return new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", sourceRole, false),
                new DestinationRole("555566667777", "destination-account-role", false, List.of()),
                new EcsTaskOptions(
                        "verify-assume-cross-account-role",
                        "test",
                        "your-test-image",
                        100,
                        200,
                        LaunchType.EC2,
                        null,
                        false),
                null);
    }
}
