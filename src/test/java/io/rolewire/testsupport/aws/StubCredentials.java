package io.rolewire.testsupport.aws;

import io.rolewire.aws.AwsProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code rolewire.aws} settings that point every client at a stub: one named profile per account in
 * a credentials file (its key acts in that account), optionally assuming a deployer role.
 */
public final class StubCredentials {

    public static final String DEPLOYER_ROLE = "rolewire-deployer";
    public static final String EXTERNAL_ID = "rolewire-stub-external-id";

    private StubCredentials() {}

    /** Each account acts with its own static key (profile {@code stub-<account>}). */
    public static AwsProperties profiles(AwsStub stub, Path directory, String... accountIds) {
        return properties(stub, directory, false, accountIds);
    }

    /** Each account's profile assumes {@code arn:aws:iam::<account>:role/rolewire-deployer} through STS. */
    public static AwsProperties deployerRoles(AwsStub stub, Path directory, String... accountIds) {
        return properties(stub, directory, true, accountIds);
    }

    private static AwsProperties properties(AwsStub stub, Path directory, boolean assume, String... accountIds) {
        StringBuilder file = new StringBuilder();
        Map<String, AwsProperties.Account> accounts = new LinkedHashMap<>();
        for (String accountId : accountIds) {
            file.append("[stub-")
                    .append(accountId)
                    .append("]\n")
                    .append("aws_access_key_id = ")
                    .append(AwsStub.accessKeyId(accountId))
                    .append('\n')
                    .append("aws_secret_access_key = stub-secret\n");
            String roleArn = assume ? "arn:aws:iam::" + accountId + ":role/" + DEPLOYER_ROLE : null;
            accounts.put(
                    accountId, AwsProperties.Account.of(roleArn, assume ? EXTERNAL_ID : null, "stub-" + accountId));
        }
        Path credentials = directory.resolve("stub-credentials");
        try {
            Files.writeString(credentials, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AwsProperties(
                stub.endpoint(),
                AwsStub.REGION,
                credentials,
                accounts,
                Duration.ofSeconds(30),
                Duration.ofSeconds(5),
                AwsProperties.RetryMode.STANDARD);
    }
}
