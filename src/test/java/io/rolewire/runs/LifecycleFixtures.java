package io.rolewire.runs;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;

import io.rolewire.wiring.Finding;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs in any lifecycle state and the people who act on them. */
final class LifecycleFixtures {

    static final Instant CREATED = Instant.parse("2026-11-22T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    static final ActingUser OPERATOR2 = ActingUser.of("operator2", ActingUser.OPERATOR);
    static final ActingUser REVIEWER = ActingUser.of("reviewer", ActingUser.REVIEWER);
    static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);
    static final ActingUser ADMIN2 = ActingUser.of("admin2", ActingUser.ADMIN);

    private LifecycleFixtures() {}

    static Run draftBy(ActingUser requester) {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        Preview preview = previewFor(input);
        return new Run(
                7,
                RunStatus.DRAFT,
                input,
                preview.documents(),
                preview.findings(),
                preview.planHash(),
                requester.username(),
                CREATED);
    }

    static Run withErrorFinding(Run run) {
        List<Finding> findings = new ArrayList<>(run.findings());
        findings.add(new Finding(Severity.ERROR, "DURATION_TOO_LONG", "Role chaining caps a session at one hour."));
        return new Run(
                run.id(),
                run.status(),
                run.input(),
                run.documents(),
                findings,
                run.planHash(),
                run.createdBy(),
                run.createdAt());
    }

    /** The run of {@code requester} in {@code status}, reached through the real transitions. */
    static Run inState(RunStatus status, ActingUser requester) {
        Run draft = draftBy(requester);
        ActingUser approver = requester.equals(ADMIN) ? ADMIN2 : ADMIN;
        return switch (status) {
            case DRAFT -> draft;
            case SUBMITTED -> draft.submit(requester, NOW).run();
            case APPROVED ->
                inState(RunStatus.SUBMITTED, requester)
                        .approve(approver, draft.planHash(), NOW)
                        .run();
            case REJECTED ->
                inState(RunStatus.SUBMITTED, requester)
                        .reject(approver, "no", NOW)
                        .run();
            case CANCELLED -> draft.cancel(requester, NOW).run();
            case APPLYING ->
                inState(RunStatus.APPROVED, requester)
                        .startApply(requester, NOW)
                        .run();
            case APPLIED ->
                inState(RunStatus.APPLYING, requester)
                        .completeApply(requester, NOW)
                        .run();
            case FAILED ->
                inState(RunStatus.APPLYING, requester)
                        .failApply(requester, "step 3", NOW)
                        .run();
            case VERIFIED ->
                inState(RunStatus.APPLIED, requester)
                        .completeVerification(requester, true, NOW)
                        .run();
            case VERIFICATION_FAILED ->
                inState(RunStatus.APPLIED, requester)
                        .completeVerification(requester, false, NOW)
                        .run();
        };
    }
}
