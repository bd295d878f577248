package io.rolewire.web.runs;

import static io.rolewire.web.runs.RunFixtures.CREATED;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.ApplyProgress;
import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlanFinding;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.apply.Verification;
import io.rolewire.apply.VerificationCheck;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.DocumentDiff;
import io.rolewire.wiring.DocumentDiff.Kind;
import io.rolewire.wiring.DocumentDiff.Row;
import io.rolewire.wiring.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Runs in each apply state, live plans and steps, as the apply module would return them. */
final class ApplyFixtures {

    static final ActingUser REQUESTER = ActingUser.of("operator", ActingUser.OPERATOR);
    static final ActingUser APPROVER = ActingUser.of("admin", ActingUser.ADMIN);
    static final Instant READ_AT = Instant.parse("2026-11-22T15:50:05Z");
    static final String LIVE_HASH = "b".repeat(64);
    static final String SCRIPT = "<script>alert('live')</script>";

    private ApplyFixtures() {}

    /** Run 42 of "operator", walked through the lifecycle up to {@code status}. */
    static Run runIn(RunStatus status) {
        Run run = RunFixtures.run(42, "my-ECS-task-role")
                .submit(REQUESTER, CREATED)
                .run();
        if (status == RunStatus.SUBMITTED) {
            return run;
        }
        run = run.approve(APPROVER, "a1b2c3", CREATED).run();
        if (status == RunStatus.APPROVED) {
            return run;
        }
        run = run.startApply(REQUESTER, CREATED).run();
        if (status == RunStatus.APPLYING) {
            return run;
        }
        if (status == RunStatus.FAILED) {
            return run.failApply(REQUESTER, "AccessDenied", CREATED).run();
        }
        run = run.completeApply(REQUESTER, CREATED).run();
        return status == RunStatus.APPLIED
                ? run
                : run.completeVerification(REQUESTER, status == RunStatus.VERIFIED, CREATED)
                        .run();
    }

    /** Both accounts read: a role in place, a policy to create, a trust to merge into. */
    static LivePlan livePlan() {
        DocumentDiff policy = new DocumentDiff(List.of(new Row(Kind.ADDED, null, "{\"Action\": \"sts:AssumeRole\"}")));
        DocumentDiff trust = new DocumentDiff(List.of(
                new Row(Kind.SAME, "{", "{"),
                new Row(Kind.CHANGED, "\"Sid\": \"" + SCRIPT + "\"", "\"Sid\": \"rolewire\""),
                new Row(Kind.ADDED, null, "\"Principal\": \"arn:aws:iam::111122223333:role/my-ECS-task-role\"")));
        return new LivePlan(
                42,
                LIVE_HASH,
                READ_AT,
                true,
                List.of(
                        new AccountReach(
                                Side.SOURCE, "111122223333", true, "arn:aws:iam::111122223333:user/deployer", null),
                        new AccountReach(
                                Side.DESTINATION,
                                "555566667777",
                                true,
                                "arn:aws:iam::555566667777:user/deployer",
                                null)),
                List.of(
                        resource(
                                "source.role",
                                Side.SOURCE,
                                "IAM role",
                                "my-ECS-task-role",
                                Change.UNCHANGED,
                                null,
                                null),
                        resource(
                                "source.policy",
                                Side.SOURCE,
                                "inline policy",
                                "rolewire-assume",
                                Change.CREATE,
                                policy,
                                null),
                        resource(
                                "destination.trust",
                                Side.DESTINATION,
                                "trust policy",
                                "destination-account-role",
                                Change.UPDATE,
                                trust,
                                "Keeps the other statements " + SCRIPT)),
                List.of(
                        new PlanFinding(
                                PlanFinding.ACCESS_ANALYZER,
                                "destinationTrustPolicy",
                                Severity.WARNING,
                                "MISSING_CONDITION",
                                "SECURITY_WARNING",
                                "Add a condition " + SCRIPT),
                        new PlanFinding(
                                PlanFinding.ROLEWIRE,
                                "destination.trust",
                                Severity.INFO,
                                "TRUST_MERGED",
                                "INFO",
                                "Merged into 2 statements.")));
    }

    /** The destination could not be read: nothing is known of its resources. */
    static LivePlan unreachableDestination() {
        return new LivePlan(
                42,
                LIVE_HASH,
                READ_AT,
                true,
                List.of(
                        new AccountReach(
                                Side.SOURCE, "111122223333", true, "arn:aws:iam::111122223333:user/deployer", null),
                        new AccountReach(
                                Side.DESTINATION, "555566667777", false, null, "AccessDenied: sts:GetCallerIdentity")),
                List.of(
                        resource(
                                "source.role",
                                Side.SOURCE,
                                "IAM role",
                                "my-ECS-task-role",
                                Change.UNCHANGED,
                                null,
                                null),
                        resource(
                                "destination.trust",
                                Side.DESTINATION,
                                "trust policy",
                                "destination-account-role",
                                Change.UNKNOWN,
                                null,
                                null)),
                List.of());
    }

    static ApplyStep step(int position, StepOutcome outcome, String action) {
        boolean failed = outcome == StepOutcome.FAILED;
        return new ApplyStep(
                1,
                position,
                "step" + position,
                position < 3 ? Side.SOURCE : Side.DESTINATION,
                position < 3 ? "111122223333" : "555566667777",
                "iam",
                action,
                "arn:aws:iam::111122223333:role/my-ECS-task-role",
                "{}",
                outcome,
                outcome == StepOutcome.DONE || failed ? "req-" + position : null,
                failed ? 3 : 1,
                120L * position,
                failed ? "AccessDenied" : null,
                failed ? "User is not authorized " + SCRIPT : null,
                READ_AT);
    }

    static ApplyProgress progress(RunStatus status, boolean running, List<ApplyStep> steps) {
        return new ApplyProgress(42, status, running, steps, Optional.empty());
    }

    static ApplyProgress verified(boolean passed) {
        Verification verification = new Verification(
                42,
                READ_AT,
                "operator",
                List.of(
                        new VerificationCheck(VerificationCheck.IDENTITY, true, "allowed " + SCRIPT, "req-sim"),
                        new VerificationCheck(VerificationCheck.TRUST, passed, "exactly the source role", "req-trust"),
                        new VerificationCheck(VerificationCheck.WORKLOAD, true, "revision 3", "req-td")));
        RunStatus status = passed ? RunStatus.VERIFIED : RunStatus.VERIFICATION_FAILED;
        return new ApplyProgress(
                42,
                status,
                false,
                List.of(step(1, StepOutcome.DONE, "CreateRole"), step(2, StepOutcome.SKIPPED, "PutRolePolicy")),
                Optional.of(verification));
    }

    private static PlannedResource resource(
            String key, Side side, String kind, String name, Change change, DocumentDiff diff, String note) {
        String account = side == Side.SOURCE ? "111122223333" : "555566667777";
        return new PlannedResource(key, side, account, kind, name, change, null, null, "{}", diff, note);
    }
}
