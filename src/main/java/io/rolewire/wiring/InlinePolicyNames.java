package io.rolewire.wiring;

/**
 * Names of the inline policies Rolewire puts on roles. The CLI script and the apply must use the
 * same names, or an apply after a manual run would add a second copy instead of replacing it.
 */
public final class InlinePolicyNames {

    /** On the source role, when ECS Exec is on. */
    public static final String ECS_EXEC = "rolewire-ecs-exec";

    /** On the execution role, when any seed 001 option is on. */
    public static final String EXECUTION_ROLE = "rolewire-task-execution";

    private static final String ASSUME_PREFIX = "rolewire-assume-";

    private InlinePolicyNames() {}

    /**
     * On the source role: one per destination role, named after its account and name so that one
     * task role can be wired to several destinations (at most 93 characters, within IAM's 128).
     */
    public static String assumeDestination(DestinationRole destination) {
        return ASSUME_PREFIX + destination.accountId() + "-" + destination.roleName();
    }
}
