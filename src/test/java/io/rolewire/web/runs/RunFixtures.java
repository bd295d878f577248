package io.rolewire.web.runs;

import io.rolewire.audit.RunEvent;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentFormat;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.List;

/** Runs, summaries and events as the persistence would return them. */
final class RunFixtures {

    static final Instant CREATED = Instant.parse("2026-11-22T15:37:41Z");

    private RunFixtures() {}

    static WiringInput seed003Input(String sourceRoleName) {
        return new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", sourceRoleName, false),
                new DestinationRole(
                        "555566667777",
                        "destination-account-role",
                        true,
                        List.of("arn:aws:iam::aws:policy/ReadOnlyAccess")),
                new EcsTaskOptions(
                        "verify-assume-cross-account-role",
                        "test",
                        "your-test-image",
                        100,
                        200,
                        LaunchType.EC2,
                        ExecutionRoleOptions.disabled(),
                        false),
                null);
    }

    static Run run(long id, String sourceRoleName) {
        return new Run(
                id,
                RunStatus.DRAFT,
                seed003Input(sourceRoleName),
                List.of(
                        new Document(
                                "sourcePermissionPolicy",
                                DocumentFormat.JSON,
                                "{\n  \"Resource\" : \"arn:aws:iam::555566667777:role/" + sourceRoleName + "\"\n}"),
                        new Document("cliProfile", DocumentFormat.INI, "[profile destination]\nrole_arn = x\n"),
                        new Document("cliScript", DocumentFormat.SHELL, "#!/bin/sh\naws sts get-caller-identity\n")),
                List.of(
                        new Finding(Severity.INFO, "INFO_CODE", "Just so you know."),
                        new Finding(Severity.WARNING, "TRUST_ROOT_PRINCIPAL", "The trust names a whole account.")),
                "a1b2c3",
                "operator",
                CREATED);
    }

    static RunSummary summary(long id, RunStatus status) {
        return new RunSummary(
                id,
                status,
                Workload.ECS_TASK,
                "111122223333",
                "my-ECS-task-role",
                "555566667777",
                "destination-account-role",
                "operator",
                CREATED);
    }

    /** A row with the stored plan's columns, its approver and the wiring it un-wires (either may be null). */
    static RunSummary summary(long id, RunStatus status, String approvedBy, Long undoes) {
        return new RunSummary(
                id,
                status,
                Workload.ECS_TASK,
                "111122223333",
                "my-ECS-task-role",
                "555566667777",
                "destination-account-role",
                "operator",
                CREATED,
                "us-east-1",
                "family",
                "a".repeat(64),
                approvedBy,
                undoes);
    }

    static RunEvent created(long runId) {
        return new RunEvent(7, runId, "CREATED", "operator", CREATED, "{\"planHash\":\"a1b2c3\"}");
    }
}
