package io.rolewire.runs.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.RunEvent;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunKind;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.Unwiring;
import io.rolewire.wiring.WiringInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** UNWIRE runs as stored (ADR 018): who may start one, when, and what the record says. */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcUnwiresTest {

    private static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    private static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);
    private static final ActingUser REVIEWER = ActingUser.of("reviewer", ActingUser.REVIEWER);

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    EventLog eventLog;

    @Autowired
    Integrity integrity;

    @Autowired
    RunHistory history;

    @Test
    void anUnwireOfAVerifiedWiringCarriesItsDocumentsAndTheRemovalAndIsOnTheRecord() {
        Run wiring = verified();
        Document removal = removal(wiring);

        Run unwire = runs.createUnwire(wiring, removal, OPERATOR);

        assertThat(runs.find(unwire.id())).contains(unwire);
        assertThat(unwire.kind()).isEqualTo(RunKind.UNWIRE);
        assertThat(unwire.undoes()).isEqualTo(wiring.id());
        assertThat(unwire.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(unwire.planHash()).hasSize(64).isNotEqualTo(wiring.planHash());
        assertThat(unwire.document(DocumentKeys.UNWIRE)).contains(removal);
        assertThat(unwire.documents()).containsAll(wiring.documents());
        assertThat(runs.unwireOf(wiring.id())).contains(unwire);
        assertThat(integrity.verifyRun(unwire.id()).ok()).isTrue();
        assertThat(integrity.verifyRun(wiring.id()).ok()).isTrue();
        // the history list says which wiring it undoes
        assertThat(history.search(HistoryFilter.none(), null, 1_000).items())
                .filteredOn(row -> row.id() == unwire.id())
                .singleElement()
                .satisfies(row -> assertThat(row.undoesRunId()).isEqualTo(wiring.id()));
        assertThat(history.search(HistoryFilter.none(), null, 1_000).items())
                .filteredOn(row -> row.id() == wiring.id())
                .singleElement()
                .satisfies(row -> assertThat(row.undoesRunId()).isNull());
    }

    @Test
    void onlyAVerifiedOrVerificationFailedWiringCanBeUnwiredAndOnlyByCreators() {
        Run draft = runs.createDraft(input("draft-task"), previewFor(input("draft-task")), new Actor("operator"));
        Run wiring = verified();

        assertThatThrownBy(() -> runs.createUnwire(draft, removal(draft), OPERATOR))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.NOT_UNWIRABLE));
        assertThatThrownBy(() -> runs.createUnwire(wiring, removal(wiring), REVIEWER))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.WRONG_ROLE));
        Run unwire = runs.createUnwire(wiring, removal(wiring), OPERATOR);
        assertThatThrownBy(() -> runs.createUnwire(unwire, removal(unwire), OPERATOR))
                .as("an un-wire is not undone by another")
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.NOT_UNWIRABLE));
    }

    @Test
    void oneUnwireAtATimeUntilItIsCancelled() {
        Run wiring = verified();
        Run first = runs.createUnwire(wiring, removal(wiring), OPERATOR);

        assertThatThrownBy(() -> runs.createUnwire(wiring, removal(wiring), ADMIN))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.ALREADY_UNWIRED));
        lifecycle.cancel(first.id(), OPERATOR);

        assertThat(runs.unwireOf(wiring.id())).isEmpty();
        assertThat(runs.createUnwire(wiring, removal(wiring), ADMIN).createdBy())
                .isEqualTo("admin");
    }

    @Test
    void theWiringRecordsItsUnwireOnce() {
        Run wiring = verified();
        Run unwire = runs.createUnwire(wiring, removal(wiring), OPERATOR);

        runs.markUnwired(wiring.id(), unwire.id(), OPERATOR);
        runs.markUnwired(wiring.id(), unwire.id(), OPERATOR);

        List<String> kinds =
                eventLog.eventsOf(wiring.id()).stream().map(RunEvent::type).toList();
        assertThat(kinds).containsOnlyOnce("UNWIRED");
        assertThat(runs.find(wiring.id()).orElseThrow().status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(integrity.verifyRun(wiring.id()).ok()).isTrue();
    }

    private Run verified() {
        WiringInput input = input("task-" + System.nanoTime());
        long id = runs.createDraft(input, previewFor(input), new Actor("operator"))
                .id();
        lifecycle.submit(id, OPERATOR);
        lifecycle.approve(id, ADMIN, runs.find(id).orElseThrow().planHash());
        lifecycle.startApply(id, OPERATOR);
        lifecycle.completeApply(id, OPERATOR);
        return lifecycle.completeVerification(id, OPERATOR, true);
    }

    private static WiringInput input(String sourceRole) {
        return ecsInput("111122223333", sourceRole, "555566667777", "reporting-reader");
    }

    private static Document removal(Run wiring) {
        return new Unwiring(wiring.id(), List.of(), false, false, null).toDocument();
    }
}
