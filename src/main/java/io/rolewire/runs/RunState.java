package io.rolewire.runs;

/** Where a run stands: its status and what its lifecycle recorded (who submitted, approved...). */
public record RunState(RunStatus status, Lifecycle lifecycle) {

    public static final RunState CREATED = new RunState(RunStatus.DRAFT, Lifecycle.NONE);
}
