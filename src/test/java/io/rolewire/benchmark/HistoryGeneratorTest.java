package io.rolewire.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rolewire.audit.RunSummary;
import io.rolewire.audit.internal.ChainRows;
import io.rolewire.audit.internal.SearchTermRows;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generator at 1,000 runs: what it writes, and that its skew is the one documented. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryGeneratorTest {

    final List<RunSummary> runs = new ArrayList<>();
    final List<GeneratedRuns.GeneratedRun> generatedRuns = new ArrayList<>();
    JdbcTemplate jdbc;
    long events;

    @BeforeAll
    void generate() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:generator;DB_CLOSE_DELAY=-1" + GenerateHistory.OPTIONS);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        events = new HistoryGenerator(dataSource).generate(new GeneratedRuns(42, 300, 5000, 200), 1000, run -> {
            runs.add(run.summary());
            generatedRuns.add(run);
        });
    }

    @Test
    void everyRunAndEventIsStoredAndTheNextApplicationInsertGetsAFreshId() {
        assertThat(jdbc.queryForObject("select count(*) from runs", Long.class)).isEqualTo(1000);
        assertThat(jdbc.queryForObject("select count(*) from run_events", Long.class))
                .isEqualTo(events);
        assertThat(events / 1000.0).isCloseTo(10.0, within(1.0));
        jdbc.update("insert into runs (status, workload, region, source_account_id, source_role_name, "
                + "destination_account_id, destination_role_name, input_json, findings_json, plan_hash, created_by, "
                + "created_at) select status, workload, region, source_account_id, source_role_name, "
                + "destination_account_id, destination_role_name, input_json, findings_json, plan_hash, created_by, "
                + "created_at from runs where id = 1");
        assertThat(jdbc.queryForObject("select max(id) from runs", Long.class)).isEqualTo(1001);
    }

    @Test
    void everyRunHasTheSearchTermsTheApplicationWrites() {
        long expected = 0;
        for (GeneratedRuns.GeneratedRun run : generatedRuns) {
            RunSummary s = run.summary();
            expected += SearchTermRows.of(s.sourceRoleName(), s.destinationRoleName(), run.taskFamily())
                    .size();
        }
        GeneratedRuns.GeneratedRun ecs = generatedRuns.stream()
                .filter(run -> run.taskFamily() != null)
                .findFirst()
                .orElseThrow();

        assertThat(jdbc.queryForObject("select count(*) from run_search_terms", Long.class))
                .isEqualTo(expected);
        assertThat(jdbc.queryForList(
                        "select term from run_search_terms where run_id = ?",
                        String.class,
                        ecs.summary().id()))
                .containsExactlyInAnyOrderElementsOf(SearchTermRows.of(
                        ecs.summary().sourceRoleName(), ecs.summary().destinationRoleName(), ecs.taskFamily()));
    }

    @Test
    void theGeneratedEventsAreAnUnbrokenHashChain() {
        var report = ChainRows.verifyLinks(jdbc.getDataSource());

        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.checked()).isEqualTo(events);
    }

    @Test
    void timeGrowsWithTheIdAsTheHistoryAssumes() {
        assertThat(runs).isSortedAccordingTo((a, b) -> a.createdAt().compareTo(b.createdAt()));
        assertThat(runs.get(0).id()).isEqualTo(1);
        assertThat(runs.get(999).id()).isEqualTo(1000);
    }

    @Test
    void theMixIsSkewedLikeALivingSystem() {
        Map<RunStatus, Long> statuses = count(RunSummary::status);
        Map<String, Long> accounts = count(RunSummary::sourceAccountId);
        assertThat(statuses.get(RunStatus.VERIFIED) / 1000.0).isCloseTo(0.45, within(0.06));
        assertThat(statuses.get(RunStatus.APPLYING) / 1000.0).isCloseTo(0.02, within(0.02));
        assertThat(count(RunSummary::workload).get(Workload.ECS_TASK) / 1000.0).isCloseTo(0.7, within(0.06));
        assertThat(accounts.size()).isBetween(100, 300);
        assertThat(accounts.get("100000000000")).as("the busiest account").isGreaterThan(20);
        assertThat(count(RunSummary::sourceRoleName).size()).isGreaterThan(300);
    }

    private <K> Map<K, Long> count(Function<RunSummary, K> key) {
        return runs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
