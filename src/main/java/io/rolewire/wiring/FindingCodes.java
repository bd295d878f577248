package io.rolewire.wiring;

/** The stable codes of {@link Finding}s: the UI, the API and the apply key on them. */
public final class FindingCodes {

    /** INFO: registering the task definition needs iam:PassRole on the task and execution roles. */
    public static final String PASS_ROLE_REQUIRED = "PASS_ROLE_REQUIRED";

    /** INFO: the destination role exists; our statement is merged into its trust policy. */
    public static final String DESTINATION_TRUST_MERGE = "DESTINATION_TRUST_MERGE";

    /** WARNING: a trust policy is over the default quota of 2,048 characters (raisable to 4,096). */
    public static final String TRUST_POLICY_LENGTH_QUOTA = "TRUST_POLICY_LENGTH_QUOTA";

    /** ERROR: a trust policy is over 4,096 characters, the most IAM allows. */
    public static final String TRUST_POLICY_LENGTH_MAX = "TRUST_POLICY_LENGTH_MAX";

    /** ERROR: a role's inline policies are over 10,240 characters together. */
    public static final String INLINE_POLICY_SIZE_MAX = "INLINE_POLICY_SIZE_MAX";

    /** WARNING: a trust statement names an account root: the whole account is trusted. */
    public static final String TRUST_ROOT_PRINCIPAL = "TRUST_ROOT_PRINCIPAL";

    /** ERROR: a trust statement allows every principal ("*"). */
    public static final String TRUST_WILDCARD_PRINCIPAL = "TRUST_WILDCARD_PRINCIPAL";

    /** WARNING: ecs-tasks.amazonaws.com trusted without aws:SourceAccount or aws:SourceArn. */
    public static final String TRUST_CONFUSED_DEPUTY = "TRUST_CONFUSED_DEPUTY";

    /** WARNING: a principal is a unique ID (AROA...): its role was deleted, the statement is dead. */
    public static final String TRUST_ORPHANED_PRINCIPAL = "TRUST_ORPHANED_PRINCIPAL";

    /** ERROR: an existing trust policy is not JSON or not a policy; nothing was merged. */
    public static final String TRUST_POLICY_INVALID = "TRUST_POLICY_INVALID";

    /** ERROR: a merge was asked for an input that does not validate; nothing was merged. */
    public static final String WIRING_INPUT_INVALID = "WIRING_INPUT_INVALID";

    /** WARNING: source and destination are one account: no cross-account wiring is needed. */
    public static final String SAME_ACCOUNT = "SAME_ACCOUNT";

    /** WARNING: an ECS task on EC2 asks for less than 128 CPU units, an eighth of a vCPU. */
    public static final String EC2_CPU_BELOW_MINIMUM = "EC2_CPU_BELOW_MINIMUM";

    /**
     * WARNING: another open run (draft to applying) wires the same source role to the same
     * destination role. Needs the runs store, so the web layer finds it at preview time.
     */
    public static final String OPEN_RUN_SAME_PAIR = "OPEN_RUN_SAME_PAIR";

    /**
     * WARNING: the destination trust already holds our statement with another end of access (or
     * none); the merge rewrites its end.
     */
    public static final String TRUST_ACCESS_END_CHANGED = "TRUST_ACCESS_END_CHANGED";

    /**
     * WARNING: another statement trusts the source role without conditions, so the end of access
     * this wiring asks for is not enforced by AWS.
     */
    public static final String TRUST_ACCESS_END_NOT_ENFORCED = "TRUST_ACCESS_END_NOT_ENFORCED";

    /** WARNING: the end of access is more than a year ahead. */
    public static final String ACCESS_UNTIL_DISTANT = "ACCESS_UNTIL_DISTANT";

    private FindingCodes() {}
}
