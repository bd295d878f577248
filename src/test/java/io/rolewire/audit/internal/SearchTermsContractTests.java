package io.rolewire.audit.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.WiringInput;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search terms behind the text filter: written for each run the application creates, and
 * filled by V7 for the runs that existed before it, the same on every database. The database may
 * be shared (PostgreSQL), so every value here is unique to the test.
 */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class SearchTermsContractTests {

    @Autowired
    Runs runs;

    @Autowired
    RunHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aNewRunIsFoundByAnyPrefixOfEitherRoleAndOfItsTaskFamily() {
        String tag = tag();
        long id = createRun("src" + tag + "-role", "dst" + tag, "fam" + tag);

        for (String value : List.of("src" + tag + "-role", "dst" + tag, "fam" + tag)) {
            for (int length = value.length() - 10; length <= value.length(); length++) {
                assertThat(ids(value.substring(0, length)))
                        .as(value.substring(0, length))
                        .containsExactly(id);
            }
        }
        assertThat(ids("fam" + tag + "x")).isEmpty();
        assertThat(terms(jdbc, "run_search_terms", id))
                .isEqualTo(SearchTerms.of("src" + tag + "-role", "dst" + tag, "fam" + tag));
    }

    @Test
    void aTextLongerThanATermMatchesOnTheWholeText() {
        String tag = tag();
        String family = "long" + tag + "-" + "f".repeat(100);
        long id = createRun("r" + tag, "r" + tag, family);
        String text = family.substring(0, 90);
        String differentAfterTheTerm = family.substring(0, 80) + "g" + family.substring(81, 90);

        assertThat(ids(text)).containsExactly(id);
        assertThat(ids(differentAfterTheTerm)).isEmpty();
    }

    /** Runs inserted before V7 (straight into a fresh schema migrated up to V6) get their terms from V7. */
    @Test
    void theMigrationGivesExistingRunsTheTermsTheApplicationWouldWrite() throws SQLException {
        String schema = "v7_terms_" + tag();
        HikariDataSource app = dataSource.unwrap(HikariDataSource.class);
        Flyway flyway = Flyway.configure()
                .dataSource(app.getJdbcUrl(), app.getUsername(), app.getPassword())
                .schemas(schema)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .target("6?")
                .load();
        try {
            flyway.migrate();
            String[][] runs = {
                {"payments-1-role", "payments-1-role", "payments-1"},
                {"orders-2-role", "ledger-9-role", null},
                {"a", "b", "c".repeat(100)},
                {"report-role", "audit-role", "reporting"}
            };
            for (String[] run : runs) {
                jdbc.update(
                        "insert into " + schema + ".runs (status, workload, region, source_account_id,"
                                + " source_role_name, destination_account_id, destination_role_name, task_family,"
                                + " input_json, findings_json, plan_hash, created_by, created_at) values ('DRAFT',"
                                + " 'ECS_TASK', 'eu-west-1', '111122223333', ?, '444455556666', ?, ?, '{}', '[]', ?,"
                                + " 'operator', ?)",
                        run[0],
                        run[1],
                        run[2],
                        "0".repeat(64),
                        OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
            }
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .target("latest")
                    .load()
                    .migrate();

            List<Long> ids = jdbc.queryForList("select id from " + schema + ".runs order by id", Long.class);
            for (int i = 0; i < runs.length; i++) {
                assertThat(terms(jdbc, schema + ".run_search_terms", ids.get(i)))
                        .as(String.join(" ", String.valueOf(runs[i][0]), runs[i][1], String.valueOf(runs[i][2])))
                        .isEqualTo(SearchTerms.of(runs[i][0], runs[i][1], runs[i][2]));
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + schema + ".run_search_terms t join " + schema
                                    + ".runs r on r.id = t.run_id where t.created_at <> r.created_at",
                            Long.class))
                    .isZero();
        } finally {
            jdbc.execute("drop schema " + schema + " cascade");
        }
    }

    abstract String vendor();

    private long createRun(String sourceRole, String destinationRole, String family) {
        WiringInput base = ecsInput("111122223333", sourceRole, "444455556666", destinationRole);
        EcsTaskOptions ecs = base.ecs();
        WiringInput input = new WiringInput(
                base.workload(),
                base.region(),
                base.source(),
                base.destination(),
                new EcsTaskOptions(
                        family,
                        ecs.containerName(),
                        ecs.image(),
                        ecs.cpu(),
                        ecs.memory(),
                        ecs.launchType(),
                        ecs.executionRole(),
                        ecs.ecsExec()),
                null);
        return runs.createDraft(input, previewFor(input), new Actor("operator")).id();
    }

    private List<Long> ids(String text) {
        HistoryFilter filter = new HistoryFilter(null, null, null, null, null, null, null, null, null, text, null);
        return history.search(filter, null, 100).items().stream()
                .map(RunSummary::id)
                .toList();
    }

    private static Set<String> terms(JdbcTemplate jdbc, String table, long runId) {
        return new HashSet<>(jdbc.queryForList("select term from " + table + " where run_id = ?", String.class, runId));
    }

    /** Letters only: part of role names, a family and a schema name. */
    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).replaceAll("[0-9]", "x");
    }
}
