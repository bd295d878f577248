package io.rolewire.apply;

/**
 * One of the three checks of DESIGN.md "Verification", with what it saw.
 *
 * @param name {@link #IDENTITY}, {@link #TRUST} or {@link #WORKLOAD}
 * @param evidence what was read, in words a reviewer can check against AWS
 * @param requestId the AWS request id of the read, null when none was made
 */
public record VerificationCheck(String name, boolean passed, String evidence, String requestId) {

    /** SimulatePrincipalPolicy: the source role may call sts:AssumeRole on the destination role. */
    public static final String IDENTITY = "identity";
    /** The destination trust, read back, allows exactly the source role ARN. */
    public static final String TRUST = "trust";
    /** The task definition (or instance profile) uses the source role. */
    public static final String WORKLOAD = "workload";
}
