package io.rolewire.runs.internal;

import static io.rolewire.runs.RunFixtures.ec2Input;
import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.invalidPreview;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.WiringInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@PersistenceSlice
// events are chained when a transaction commits: these tests read them after their own commits
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcRunsTest {

    /** Sub-microsecond digits must not survive: PostgreSQL would drop them on the way in. */
    static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123456789Z");

    static final Instant STORED_NOW = Instant.parse("2026-11-22T10:15:30.123456Z");

    @TestConfiguration
    static class PinnedClock {
        @Bean
        @Primary
        Clock pinnedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    Runs runs;

    @Autowired
    EventLog eventLog;

    @Autowired
    JdbcClient jdbc;

    final Actor operator = new Actor("operator");

    @Test
    void aDraftComesBackWholeFromFind() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        Preview preview = previewFor(input);

        Run created = runs.createDraft(input, preview, operator);
        Run found = runs.find(created.id()).orElseThrow();

        assertThat(found).isEqualTo(created);
        assertThat(found.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(found.input()).isEqualTo(input);
        assertThat(found.documents()).containsExactlyElementsOf(preview.documents());
        assertThat(found.findings()).containsExactlyElementsOf(preview.findings());
        assertThat(found.planHash()).isEqualTo(preview.planHash()).hasSize(64);
        assertThat(found.createdBy()).isEqualTo("operator");
        assertThat(found.createdAt()).isEqualTo(STORED_NOW);
    }

    @Test
    void documentsKeepTheirPreviewOrderNotTheirKeyOrder() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");

        Run found = runs.find(
                        runs.createDraft(input, previewFor(input), operator).id())
                .orElseThrow();

        assertThat(found.documents())
                .extracting(Document::key)
                .containsExactly("sourcePermissionPolicy", "destinationTrustPolicy", "cliProfile", "cliScript");
    }

    @Test
    void theSearchableColumnsMirrorTheInput() {
        WiringInput input = ec2Input("111122223333", "web-instance", "555566667777", "reporting-reader");

        long id = runs.createDraft(input, previewFor(input), operator).id();

        Map<String, Object> row = jdbc.sql("select * from runs where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("workload", "EC2_INSTANCE")
                .containsEntry("region", "us-east-1")
                .containsEntry("source_account_id", "111122223333")
                .containsEntry("source_role_name", "web-instance")
                .containsEntry("destination_account_id", "555566667777")
                .containsEntry("destination_role_name", "reporting-reader")
                .containsEntry("task_family", null)
                .containsEntry("version", 0);
        assertThat(runs.find(id).orElseThrow().input()).isEqualTo(input);
    }

    @Test
    void creatingADraftAppendsExactlyOneCreatedEventCarryingThePlanHash() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        Preview preview = previewFor(input);

        Run run = runs.createDraft(input, preview, operator);

        assertThat(eventLog.eventsOf(run.id())).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(RunEvent.CREATED);
            assertThat(event.runId()).isEqualTo(run.id());
            assertThat(event.actor()).isEqualTo("operator");
            assertThat(event.at()).isEqualTo(STORED_NOW);
            assertThat(JsonMapper.shared()
                            .readTree(event.detail())
                            .get("planHash")
                            .asString())
                    .isEqualTo(preview.planHash());
        });
    }

    @Test
    void aPreviewWithViolationsIsRefusedAndNothingIsStored() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        long before = count("runs");

        assertThatThrownBy(() -> runs.createDraft(input, invalidPreview(), operator))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("violation");
        assertThat(count("runs")).isEqualTo(before);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertThat(runs.find(987_654_321L)).isEmpty();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
