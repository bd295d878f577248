package io.rolewire.apply;

import io.rolewire.apply.FlociApplyContext.Scenario;
import io.rolewire.testsupport.FlociAccount;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Proves a wiring in Floci: a session of the source role assumes the destination role and is then
 * the destination account. Floci matches identity policies of sts calls against {@code Resource "*"}
 * only, so the source role's exact-ARN policy cannot allow the hop there; for the hop alone the test
 * adds its own {@code Resource "*"} statement, and a trust statement that lets the test (the source
 * account's root) take a session of the role, and removes both afterwards. The rendered policies are
 * never changed.
 */
final class LiveHop {

    private static final String TEST_POLICY = "test-only-live-hop";

    private LiveHop() {}

    /** The account GetCallerIdentity names after the hop. */
    static String identityAfterHop(Scenario s) {
        try (IamClient iam = FlociAccount.root(s.source()).iam()) {
            String trust = iam.getRole(r -> r.roleName(s.sourceRole())).role().assumeRolePolicyDocument();
            iam.updateAssumeRolePolicy(r -> r.roleName(s.sourceRole()).policyDocument(withTestCaller(trust, s)));
            iam.putRolePolicy(r -> r.roleName(s.sourceRole())
                    .policyName(TEST_POLICY)
                    .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}"));
            try {
                return hop(s);
            } finally {
                iam.deleteRolePolicy(r -> r.roleName(s.sourceRole()).policyName(TEST_POLICY));
                iam.updateAssumeRolePolicy(r -> r.roleName(s.sourceRole()).policyDocument(trust));
            }
        }
    }

    private static String hop(Scenario s) {
        Credentials sourceSession;
        try (StsClient root = FlociAccount.root(s.source()).sts()) {
            sourceSession = root.assumeRole(r -> r.roleArn(s.sourceRoleArn()).roleSessionName("test-source"))
                    .credentials();
        }
        Credentials destinationSession;
        try (StsClient asSource = FlociAccount.session(sourceSession).sts()) {
            destinationSession = asSource.assumeRole(
                            r -> r.roleArn(s.destinationRoleArn()).roleSessionName("test-hop"))
                    .credentials();
        }
        try (StsClient asDestination = FlociAccount.session(destinationSession).sts()) {
            return asDestination.getCallerIdentity().account();
        }
    }

    private static String withTestCaller(String trust, Scenario s) {
        String statement = "{\"Sid\":\"TestOnlyCaller\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                + s.source() + ":root\"},\"Action\":\"sts:AssumeRole\"},";
        int statements = trust.indexOf('[', trust.indexOf("\"Statement\""));
        return trust.substring(0, statements + 1) + statement + trust.substring(statements + 1);
    }
}
