package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.benchmark.GeneratedRuns;
import io.rolewire.benchmark.HistoryGenerator;
import io.rolewire.runs.PersistenceSlice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every history filter, alone, in pairs and all together, in both orders and on many page sizes,
 * against a brute-force filter ({@link BruteForceHistory}) over 3,000 generated runs. Other tests
 * may share the database (PostgreSQL), so results are compared on the generated ids only.
 */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HistorySearchContractTests {

    @Autowired
    RunHistory history;

    @Autowired
    DataSource dataSource;

    final Random random = new Random(4);
    final List<RunSummary> generated = new ArrayList<>();
    BruteForceHistory expected;
    FilterMaker filters;

    @BeforeAll
    void generate() throws Exception {
        var source = new GeneratedRuns(7, 8, 60, 6);
        new HistoryGenerator(dataSource).generate(source, 3000, run -> generated.add(run.summary()));
        expected = new BruteForceHistory(generated);
        filters = new FilterMaker(generated, random);
    }

    @Test
    void eachFilterAloneInBothOrders() {
        for (HistoryFilter filter : filters.singles()) {
            for (HistoryOrder order : HistoryOrder.values()) {
                HistoryFilter ordered = FilterMaker.withOrder(filter, order);
                assertThat(expected.matching(ordered))
                        .as("has matches: %s", ordered)
                        .isNotEmpty();
                assertThat(walk(ordered, 25)).as(ordered.toString()).isEqualTo(expected.matching(ordered));
            }
        }
    }

    @Test
    void commonPairsOnRandomPageSizes() {
        for (int i = 0; i < 120; i++) {
            HistoryFilter filter = filters.pair();
            int size = 1 + random.nextInt(60);
            assertThat(walk(filter, size)).as(filter + " size " + size).isEqualTo(expected.matching(filter));
        }
    }

    @Test
    void randomCombinationsOfEveryFilter() {
        for (int i = 0; i < 120; i++) {
            HistoryFilter filter = filters.any();
            int size = 1 + random.nextInt(100);
            assertThat(walk(filter, size)).as(filter + " size " + size).isEqualTo(expected.matching(filter));
        }
    }

    @Test
    void theTextFilterIsAPrefixOfEitherRoleOrTheTaskFamily() {
        for (String text : List.of("pay", "orders-1", "reporting-0-role", "billing-1", "x%", "_", "PAY")) {
            HistoryFilter filter = FilterMaker.text(text);
            assertThat(walk(filter, 40)).as(text).isEqualTo(expected.matching(filter));
        }
        assertThat(expected.matching(FilterMaker.text("pay"))).isNotEmpty();
        assertThat(walk(FilterMaker.text("%"), 100)).isEmpty();
    }

    @Test
    void theExportStreamsExactlyTheFilteredRunsInOrder() {
        for (int i = 0; i < 20; i++) {
            HistoryFilter filter = filters.any();
            List<RunSummary> streamed = new ArrayList<>();
            history.forEach(filter, streamed::add);
            assertThat(generatedOnly(streamed)).as(filter.toString()).isEqualTo(expected.matching(filter));
        }
    }

    /** Follows the cursor to the end: each page full but the last, no id twice, in order. */
    List<RunSummary> walk(HistoryFilter filter, int size) {
        List<RunSummary> seen = new ArrayList<>();
        Long after = null;
        do {
            HistoryPage page = history.search(filter, after, size);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
            if (page.nextBefore() != null) {
                assertThat(page.items()).hasSize(size);
                assertThat(page.nextBefore())
                        .isEqualTo(page.items().get(size - 1).id());
            }
            seen.addAll(page.items());
            after = page.nextBefore();
        } while (after != null);
        Comparator<RunSummary> byId = Comparator.comparingLong(RunSummary::id);
        assertThat(seen)
                .doesNotHaveDuplicates()
                .isSortedAccordingTo(filter.order() == HistoryOrder.NEWEST_FIRST ? byId.reversed() : byId);
        return generatedOnly(seen);
    }

    private List<RunSummary> generatedOnly(List<RunSummary> runs) {
        long first = generated.get(0).id();
        long last = generated.get(generated.size() - 1).id();
        return runs.stream().filter(r -> r.id() >= first && r.id() <= last).toList();
    }
}
