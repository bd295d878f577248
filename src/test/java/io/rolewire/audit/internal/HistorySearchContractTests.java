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
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * may share the database (PostgreSQL), so results are compared on the generated ids only. The runs
 * are generated with ties and out-of-id-order times, so the (created_at, id) order and its cursor
 * are tested where they differ from the id order.
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
        var source = new GeneratedRuns(7, 8, 60, 6).withDisorder();
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
    void theCountIsExactUpToItsCapAndOneMoreAboveIt() {
        for (int i = 0; i < 60; i++) {
            HistoryFilter filter = i % 2 == 0 ? filters.pair() : filters.any();
            int matching = expected.matching(filter).size();
            assertThat(history.count(filter, 5000)).as(filter.toString()).isEqualTo(matching);
            assertThat(history.count(filter, 7)).as(filter.toString()).isEqualTo(Math.min(matching, 8));
        }
        assertThat(history.count(HistoryFilter.none(), 5000)).isEqualTo(generated.size());
        assertThat(history.count(FilterMaker.text("%"), 10)).isZero();
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
        String tooLong = "payments-1-role" + "x".repeat(SearchTerms.MAX_LENGTH);
        for (String text : List.of("pay", "orders-1", "reporting-0-role", "billing-1", "x%", "_", "PAY", tooLong)) {
            for (HistoryOrder order : HistoryOrder.values()) {
                HistoryFilter filter = FilterMaker.withOrder(FilterMaker.text(text), order);
                assertThat(walk(filter, 40)).as(text).isEqualTo(expected.matching(filter));
            }
        }
        assertThat(expected.matching(FilterMaker.text("pay"))).isNotEmpty();
        assertThat(walk(FilterMaker.text("%"), 100)).isEmpty();
    }

    @Test
    void theHistoryIsInTimeOrderWhereTheIdsAreNot() {
        List<RunSummary> byTime = expected.matching(HistoryFilter.none());
        assertThat(byTime).as("the generated times are out of id order").isNotEqualTo(byId(generated));
        assertThat(generated)
                .as("and some are the same")
                .anySatisfy(run -> assertThat(generated)
                        .filteredOn(other -> other.createdAt().equals(run.createdAt()))
                        .hasSizeGreaterThan(1));
        for (HistoryOrder order : HistoryOrder.values()) {
            HistoryFilter filter = FilterMaker.withOrder(HistoryFilter.none(), order);
            assertThat(walk(filter, 97)).isEqualTo(expected.matching(filter));
        }
    }

    @Test
    void textPrefixesOfEitherRoleInBothOrdersAcrossPages() {
        for (int i = 0; i < 24; i++) {
            RunSummary run = generated.get(random.nextInt(generated.size()));
            String role = i % 2 == 0 ? run.sourceRoleName() : run.destinationRoleName();
            String text = role.substring(0, 1 + random.nextInt(role.length()));
            HistoryFilter filter = FilterMaker.withOrder(FilterMaker.text(text), order(i));
            assertThat(walk(filter, pageSize())).as(text).isEqualTo(expected.matching(filter));
            HistoryFilter withOthers = filters.with(filter, 2 + random.nextInt(FilterMaker.FIELDS - 3));
            assertThat(walk(withOthers, pageSize())).as(withOthers.toString()).isEqualTo(expected.matching(withOthers));
        }
    }

    @Test
    void dateRangesAloneAndWithOtherFiltersInBothOrdersAcrossPages() {
        LocalDate first = day(generated.get(0));
        int days = (int) (day(generated.get(generated.size() - 1)).toEpochDay() - first.toEpochDay()) + 1;
        for (int i = 0; i < 30; i++) {
            LocalDate from = first.plusDays(random.nextInt(days));
            LocalDate to = from.plusDays(random.nextInt(days));
            HistoryFilter range = new HistoryFilter(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    i % 5 == 4 ? null : from,
                    i % 5 == 3 ? null : to,
                    null,
                    order(i));
            assertThat(expected.matching(range)).as("has matches: %s", range).isNotEmpty();
            assertThat(walk(range, pageSize())).as(range.toString()).isEqualTo(expected.matching(range));
            startsAtTheRangeFromACursorOutsideIt(range);
            // the either-side account (field 0), the status (2), the role (1) and the text (9) with the range
            HistoryFilter pair = filters.with(range, List.of(0, 2, 1, 9).get(i % 4));
            assertThat(walk(pair, pageSize())).as(pair.toString()).isEqualTo(expected.matching(pair));
        }
    }

    @Test
    void statusWithAnAccountOrARoleOnEitherSideInBothOrdersAcrossPages() {
        for (int i = 0; i < 40; i++) {
            RunSummary run = generated.get(random.nextInt(generated.size()));
            boolean source = i % 2 == 0;
            String account = source ? run.sourceAccountId() : run.destinationAccountId();
            String role = source ? run.sourceRoleName() : run.destinationRoleName();
            HistoryFilter filter = i % 4 < 2
                    ? new HistoryFilter(
                            account, null, run.status(), null, null, null, null, null, null, null, order(i / 4))
                    : new HistoryFilter(
                            null, role, run.status(), null, null, null, null, null, null, null, order(i / 4));
            assertThat(expected.matching(filter)).as("has matches: %s", filter).isNotEmpty();
            assertThat(walk(filter, pageSize())).as(filter.toString()).isEqualTo(expected.matching(filter));
        }
    }

    /** A cursor before the range in the page's order (a hand-made one) gives the range's first page. */
    private void startsAtTheRangeFromACursorOutsideIt(HistoryFilter range) {
        RunSummary first = expected.matching(FilterMaker.withOrder(HistoryFilter.none(), range.order()))
                .get(0);
        List<RunSummary> matches = expected.matching(range);
        if (!matches.contains(first)) {
            assertThat(history.search(range, first.id(), 5).items())
                    .as("%s after %s", range, first)
                    .isEqualTo(matches.subList(0, Math.min(5, matches.size())));
        }
    }

    private int pageSize() {
        return 3 + random.nextInt(38);
    }

    private static HistoryOrder order(int i) {
        return i % 2 == 0 ? HistoryOrder.NEWEST_FIRST : HistoryOrder.OLDEST_FIRST;
    }

    private static LocalDate day(RunSummary run) {
        return run.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static List<RunSummary> byId(List<RunSummary> runs) {
        return runs.stream().sorted(Comparator.comparingLong(RunSummary::id)).toList();
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
        assertThat(seen)
                .doesNotHaveDuplicates()
                .isSortedAccordingTo(
                        filter.order() == HistoryOrder.NEWEST_FIRST
                                ? BruteForceHistory.BY_TIME.reversed()
                                : BruteForceHistory.BY_TIME);
        return generatedOnly(seen);
    }

    private List<RunSummary> generatedOnly(List<RunSummary> runs) {
        long first = generated.get(0).id();
        long last = generated.get(generated.size() - 1).id();
        return runs.stream().filter(r -> r.id() >= first && r.id() <= last).toList();
    }
}
