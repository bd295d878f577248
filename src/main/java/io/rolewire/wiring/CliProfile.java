package io.rolewire.wiring;

/**
 * The AWS CLI profile the workload uses to assume the destination role (seeds 003 and 002). The
 * profile is named after the destination role, so several wirings can share one config file.
 */
final class CliProfile {

    static final String ECS_CONTAINER = "EcsContainer";
    static final String EC2_INSTANCE_METADATA = "Ec2InstanceMetadata";

    /** Role chaining (workload role, then destination role) caps a session at one hour. */
    static final int MAX_CHAINED_SESSION_SECONDS = 3600;

    private CliProfile() {}

    static String profileName(ResolvedWiring wiring) {
        return wiring.destination().roleName();
    }

    static String render(ResolvedWiring wiring, String credentialSource) {
        String name = profileName(wiring);
        return String.join(
                "\n",
                "# ~/.aws/config inside the workload: assume " + name + " in account "
                        + wiring.destination().accountId() + ".",
                "# Try it: aws sts get-caller-identity --profile " + name,
                "[profile " + name + "]",
                "role_arn = " + wiring.destinationRoleArn(),
                "credential_source = " + credentialSource,
                "duration_seconds = " + MAX_CHAINED_SESSION_SECONDS,
                "");
    }
}
