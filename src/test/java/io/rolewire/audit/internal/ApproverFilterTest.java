package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.RunFixtures;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** "Approved by" alone and with other filters, page by page, against a brute-force filter. */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApproverFilterTest {

    static final List<String> APPROVERS = List.of("admin", "admin2");
    static final List<String> ROLES = List.of("reader", "writer");

    @TestConfiguration
    static class OwnDatabase {}

    @Autowired
    Runs runs;

    @Autowired
    RunHistory history;

    @Autowired
    JdbcClient jdbc;

    /** Run id to [approver or null, source role], newest first. */
    final Map<Long, String[]> generated = new LinkedHashMap<>();

    @BeforeAll
    void generateRuns() {
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            String role = ROLES.get(random.nextInt(ROLES.size()));
            var input = RunFixtures.ecsInput("111122223333", role, "555566667777", "shared-" + role);
            long id = runs.createDraft(input, RunFixtures.previewFor(input), new Actor("operator"))
                    .id();
            String approver = random.nextInt(3) == 0 ? null : APPROVERS.get(random.nextInt(APPROVERS.size()));
            if (approver != null) {
                // the lifecycle sets these through approve(); here only the columns history reads matter
                jdbc.sql("update history_runs set status = 'APPROVED', approved_by = :by where id = :id")
                        .param("by", approver)
                        .param("id", id)
                        .update();
            }
            generated.put(id, new String[] {approver, role});
        }
    }

    @Test
    void eachApproverAloneAndWithARoleMatchesTheBruteForceResultOnEveryPage() {
        for (String approver : APPROVERS) {
            assertThat(walk(HistoryFilter.none().approvedBy(approver), 4))
                    .as(approver)
                    .containsExactlyElementsOf(expected(approver, null, null));
            for (String role : ROLES) {
                HistoryFilter filter = new HistoryFilter(null, role, null, null).approvedBy(approver);
                assertThat(walk(filter, 3))
                        .as(filter.toString())
                        .containsExactlyElementsOf(expected(approver, role, null));
            }
            HistoryFilter approved = new HistoryFilter(null, null, RunStatus.APPROVED, null).approvedBy(approver);
            assertThat(walk(approved, 5)).containsExactlyElementsOf(expected(approver, null, RunStatus.APPROVED));
        }
    }

    @Test
    void aBlankApproverMeansAny() {
        assertThat(walk(HistoryFilter.none().approvedBy("  "), 100)).containsAll(generated.keySet());
    }

    private List<Long> expected(String approver, String role, RunStatus status) {
        return generated.entrySet().stream()
                .filter(e -> approver.equals(e.getValue()[0]))
                .filter(e -> role == null || role.equals(e.getValue()[1]))
                .filter(e -> status == null || status == RunStatus.APPROVED)
                .map(Map.Entry::getKey)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** Every page of a filter, following nextBefore, restricted to this test's runs. */
    private List<Long> walk(HistoryFilter filter, int size) {
        List<Long> seen = new ArrayList<>();
        Long before = null;
        do {
            HistoryPage page = history.search(filter, before, size);
            page.items().forEach(run -> seen.add(run.id()));
            before = page.nextBefore();
        } while (before != null);
        return seen.stream().filter(generated::containsKey).toList();
    }
}
