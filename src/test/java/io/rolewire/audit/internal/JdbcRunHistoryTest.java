package io.rolewire.audit.internal;

import static io.rolewire.runs.RunFixtures.ec2Input;
import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.WiringInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * History against a brute-force filter over 200 generated runs. The runs are committed once for
 * the class; the (empty) nested configuration gives this class a context, and so a database, of
 * its own.
 */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcRunHistoryTest {

    static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "333333333333", "444444444444");
    static final List<String> ROLES = List.of("app-task", "reader", "writer", "deployer");
    static final List<String> CREATORS = List.of("operator", "operator2", "admin");
    static final List<RunStatus> STATUSES =
            List.of(RunStatus.DRAFT, RunStatus.SUBMITTED, RunStatus.APPROVED, RunStatus.APPLIED, RunStatus.FAILED);

    @TestConfiguration
    static class OwnDatabase {}

    @Autowired
    Runs runs;

    @Autowired
    RunHistory history;

    @Autowired
    JdbcClient jdbc;

    final Random random = new Random(20261122);
    final List<RunSummary> all = new ArrayList<>();

    @BeforeAll
    void generateRuns() {
        for (int i = 0; i < 200; i++) {
            all.add(generateRun());
        }
        all.sort(BruteForceHistory.BY_TIME.reversed());
    }

    @Test
    void withoutFiltersEveryRunComesNewestFirst() {
        assertThat(walk(HistoryFilter.none(), 100)).containsExactlyElementsOf(all);
    }

    @Test
    void eachFilterAloneMatchesTheBruteForceResult() {
        List<HistoryFilter> filters = new ArrayList<>();
        values(ACCOUNTS).forEach(account -> filters.add(new HistoryFilter(account, null, null, null)));
        values(ROLES).forEach(role -> filters.add(new HistoryFilter(null, role, null, null)));
        STATUSES.forEach(status -> filters.add(new HistoryFilter(null, null, status, null)));
        values(CREATORS).forEach(creator -> filters.add(new HistoryFilter(null, null, null, creator)));

        for (HistoryFilter filter : filters) {
            assertThat(walk(filter, 7)).as(filter.toString()).containsExactlyElementsOf(expected(filter));
        }
    }

    @Test
    void combinedFiltersMatchTheBruteForceResultOnEveryPageSize() {
        for (int i = 0; i < 150; i++) {
            HistoryFilter filter = new HistoryFilter(
                    maybe(values(ACCOUNTS)), maybe(values(ROLES)), maybe(STATUSES), maybe(values(CREATORS)));
            int size = 1 + random.nextInt(25);
            assertThat(walk(filter, size)).as(filter + " size " + size).containsExactlyElementsOf(expected(filter));
        }
    }

    @Test
    void theAccountFilterMatchesEitherSide() {
        String account = ACCOUNTS.get(0);
        List<RunSummary> found = walk(new HistoryFilter(account, null, null, null), 100);

        assertThat(found)
                .anyMatch(run -> run.sourceAccountId().equals(account)
                        && !run.destinationAccountId().equals(account));
        assertThat(found)
                .anyMatch(run -> run.destinationAccountId().equals(account)
                        && !run.sourceAccountId().equals(account));
    }

    @Test
    void theRoleFilterMatchesEitherSide() {
        String role = ROLES.get(1);
        List<RunSummary> found = walk(new HistoryFilter(null, role, null, null), 100);

        assertThat(found)
                .anyMatch(run -> run.sourceRoleName().equals(role)
                        && !run.destinationRoleName().equals(role));
        assertThat(found)
                .anyMatch(run -> run.destinationRoleName().equals(role)
                        && !run.sourceRoleName().equals(role));
    }

    @Test
    void blankFilterValuesMeanAnyAndSpacesAroundAValueDoNotCount() {
        assertThat(walk(new HistoryFilter(" ", "", null, "\t"), 100)).containsExactlyElementsOf(all);
        assertThat(walk(new HistoryFilter(null, null, null, " admin "), 100))
                .containsExactlyElementsOf(expected(new HistoryFilter(null, null, null, "admin")));
    }

    @Test
    void aValueThatLooksLikeSqlIsOnlyAValue() {
        HistoryPage page = history.search(new HistoryFilter("1' or '1'='1", "x') or (1=1", null, null), null, 100);

        assertThat(page.items()).isEmpty();
        assertThat(page.nextBefore()).isNull();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrDuplicates() {
        HistoryPage first = history.search(HistoryFilter.none(), null, 30);
        HistoryPage second = history.search(HistoryFilter.none(), first.nextBefore(), 30);

        assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 30));
        assertThat(first.nextBefore()).isEqualTo(all.get(29).id());
        assertThat(second.items()).containsExactlyElementsOf(all.subList(30, 60));
    }

    @Test
    void aLastPageThatIsExactlyFullSaysThereIsNoNextPage() {
        HistoryPage page = history.search(HistoryFilter.none(), all.get(100).id() + 1, 100);

        assertThat(page.items()).containsExactlyElementsOf(all.subList(100, 200));
        assertThat(page.nextBefore()).isNull();
    }

    @Test
    void beforeStartsBelowTheGivenIdEvenIfThatIdDoesNotMatch() {
        long before = all.get(50).id();

        assertThat(history.search(HistoryFilter.none(), before, 5).items())
                .containsExactlyElementsOf(all.subList(51, 56));
    }

    @Test
    void aCursorThatNamesNoRunStartsAtTheNearestRunPastItsId() {
        long newest = all.get(0).id();
        long oldest = all.get(all.size() - 1).id();
        HistoryFilter oldestFirst = new HistoryFilter(
                null, null, null, null, null, null, null, null, null, null, HistoryOrder.OLDEST_FIRST);

        assertThat(history.search(HistoryFilter.none(), newest + 1000, 5).items())
                .containsExactlyElementsOf(all.subList(0, 5));
        List<RunSummary> oldestRuns = new ArrayList<>(all.subList(all.size() - 5, all.size()));
        java.util.Collections.reverse(oldestRuns);
        assertThat(history.search(oldestFirst, oldest - 1, 5).items()).containsExactlyElementsOf(oldestRuns);
        assertThat(history.search(oldestFirst, newest + 1000, 5).items()).isEmpty();
    }

    @Test
    void theSizeIsClampedToOneAndAHundred() {
        assertThat(history.search(HistoryFilter.none(), null, 0).items()).hasSize(1);
        assertThat(history.search(HistoryFilter.none(), null, -5).items()).hasSize(1);
        assertThat(history.search(HistoryFilter.none(), null, 1000).items()).hasSize(100);
        assertThat(history.search(null, null, 1000).nextBefore())
                .isEqualTo(all.get(99).id());
    }

    /** Follows nextBefore to the end, checking each page's own promises on the way. */
    private List<RunSummary> walk(HistoryFilter filter, int size) {
        List<RunSummary> seen = new ArrayList<>();
        Long before = null;
        do {
            HistoryPage page = history.search(filter, before, size);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
            if (page.nextBefore() != null) {
                assertThat(page.items()).hasSize(size);
                assertThat(page.nextBefore())
                        .isEqualTo(page.items().get(size - 1).id());
            }
            seen.addAll(page.items());
            before = page.nextBefore();
        } while (before != null);
        return seen;
    }

    private List<RunSummary> expected(HistoryFilter filter) {
        Predicate<RunSummary> account = run -> filter.accountId() == null
                || filter.accountId().equals(run.sourceAccountId())
                || filter.accountId().equals(run.destinationAccountId());
        Predicate<RunSummary> role = run -> filter.roleName() == null
                || filter.roleName().equals(run.sourceRoleName())
                || filter.roleName().equals(run.destinationRoleName());
        Predicate<RunSummary> status = run -> filter.status() == null || filter.status() == run.status();
        Predicate<RunSummary> creator =
                run -> filter.createdBy() == null || filter.createdBy().equals(run.createdBy());
        return all.stream().filter(account.and(role).and(status).and(creator)).toList();
    }

    private RunSummary generateRun() {
        String source = pick(ACCOUNTS);
        String destination = pick(ACCOUNTS);
        String sourceRole = pick(ROLES);
        String destinationRole = pick(ROLES);
        WiringInput input = random.nextBoolean()
                ? ecsInput(source, sourceRole, destination, destinationRole)
                : ec2Input(source, sourceRole, destination, destinationRole);
        Run run = runs.createDraft(input, previewFor(input), new Actor(pick(CREATORS)));
        // Set the status history reads directly, to have every status to filter without applying.
        RunStatus status = pick(STATUSES);
        jdbc.sql("update history_runs set status = :status where id = :id")
                .param("status", status.name())
                .param("id", run.id())
                .update();
        return new RunSummary(
                run.id(),
                status,
                input.workload(),
                source,
                sourceRole,
                destination,
                destinationRole,
                run.createdBy(),
                run.createdAt(),
                input.region(),
                input.ecs() == null ? null : input.ecs().family(),
                run.planHash(),
                null,
                null);
    }

    /** The pool plus a value no run has. */
    private static List<String> values(List<String> pool) {
        List<String> values = new ArrayList<>(pool);
        values.add("nobody-has-this");
        return values;
    }

    private <T> T maybe(List<T> values) {
        return random.nextInt(3) == 0 ? null : pick(values);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
