package io.rolewire.testsupport;

import io.rolewire.runs.Run;
import java.time.Instant;

/** A stored run as it would be had its input carried an end of access (ADR 019). */
public final class RunsWithAccessUntil {

    private RunsWithAccessUntil() {}

    public static Run withAccessUntil(Run run, Instant until) {
        return new Run(
                run.id(),
                run.status(),
                run.input().withAccessUntil(until),
                run.documents(),
                run.findings(),
                run.planHash(),
                run.createdBy(),
                run.createdAt(),
                run.lifecycle(),
                run.version(),
                run.undoes());
    }
}
