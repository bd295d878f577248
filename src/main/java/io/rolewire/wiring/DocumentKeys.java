package io.rolewire.wiring;

/** Stable document keys: they appear in URLs, in {@code <pre id="doc-KEY">} and in the API. */
public final class DocumentKeys {

    public static final String SOURCE_PERMISSION_POLICY = "sourcePermissionPolicy";
    public static final String DESTINATION_TRUST_POLICY = "destinationTrustPolicy";
    public static final String TASK_DEFINITION = "taskDefinition";
    public static final String SOURCE_TRUST_POLICY = "sourceTrustPolicy";
    public static final String EXECUTION_ROLE = "executionRole";
    public static final String ECS_EXEC_POLICY = "ecsExecPolicy";
    public static final String INSTANCE_PROFILE = "instanceProfile";
    public static final String CLI_PROFILE = "cliProfile";
    public static final String CLI_SCRIPT = "cliScript";
    /** An UNWIRE run's own document: what it removes (ADR 018, {@link Unwiring}). */
    public static final String UNWIRE = "unwire";

    public static final String SOURCE_DEPLOYER_POLICY = "sourceDeployerPolicy";
    public static final String DESTINATION_DEPLOYER_POLICY = "destinationDeployerPolicy";

    private DocumentKeys() {}
}
