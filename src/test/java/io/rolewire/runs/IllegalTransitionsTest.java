package io.rolewire.runs;

import static io.rolewire.runs.LifecycleFixtures.ADMIN;
import static io.rolewire.runs.LifecycleFixtures.NOW;
import static io.rolewire.runs.LifecycleFixtures.OPERATOR;
import static io.rolewire.runs.LifecycleFixtures.inState;
import static io.rolewire.runs.RunStatus.APPLIED;
import static io.rolewire.runs.RunStatus.APPLYING;
import static io.rolewire.runs.RunStatus.APPROVED;
import static io.rolewire.runs.RunStatus.DRAFT;
import static io.rolewire.runs.RunStatus.FAILED;
import static io.rolewire.runs.RunStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every transition from every state, by a person who would be allowed in the right state: it
 * succeeds from exactly the states of DESIGN.md's diagram and is refused as NOT_ALLOWED_IN_STATE
 * from all others.
 */
class IllegalTransitionsTest {

    record Move(String name, Set<RunStatus> from, Function<Run, Transition> apply) {}

    static List<Move> moves() {
        return List.of(
                new Move("submit", EnumSet.of(DRAFT), run -> run.submit(OPERATOR, NOW)),
                new Move("approve", EnumSet.of(SUBMITTED), run -> run.approve(ADMIN, run.planHash(), NOW)),
                new Move("reject", EnumSet.of(SUBMITTED), run -> run.reject(ADMIN, "no", NOW)),
                new Move("cancel", EnumSet.of(DRAFT, SUBMITTED), run -> run.cancel(OPERATOR, NOW)),
                new Move("startApply", EnumSet.of(APPROVED), run -> run.startApply(OPERATOR, NOW)),
                new Move("completeApply", EnumSet.of(APPLYING), run -> run.completeApply(OPERATOR, NOW)),
                new Move("failApply", EnumSet.of(APPLYING), run -> run.failApply(OPERATOR, "x", NOW)),
                new Move("retryApply", EnumSet.of(FAILED), run -> run.retryApply(OPERATOR, NOW)),
                new Move("verify", EnumSet.of(APPLIED), run -> run.completeVerification(OPERATOR, true, NOW)),
                new Move(
                        "returnToSubmitted",
                        EnumSet.of(APPROVED, APPLYING),
                        run -> run.returnToSubmitted(OPERATOR, "plan changed", NOW)));
    }

    @TestFactory
    Stream<DynamicTest> eachTransitionOnlyFromItsStates() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Move move : moves()) {
            for (RunStatus status : RunStatus.values()) {
                boolean allowed = move.from().contains(status);
                tests.add(DynamicTest.dynamicTest(
                        move.name() + " from " + status + (allowed ? " is allowed" : " is refused"),
                        () -> check(move, inState(status, OPERATOR), allowed)));
            }
        }
        return tests.stream();
    }

    private static void check(Move move, Run run, boolean allowed) {
        if (allowed) {
            assertThat(move.apply().apply(run).run().status()).isNotEqualTo(run.status());
            return;
        }
        assertThatThrownBy(() -> move.apply().apply(run)).isInstanceOfSatisfying(TransitionRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(Refusal.NOT_ALLOWED_IN_STATE);
            assertThat(refused.status()).isEqualTo(run.status());
        });
    }
}
