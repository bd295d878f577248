package io.rolewire.aws;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rolewire.aws.*}: how Rolewire reaches each account.
 *
 * @param endpointUrl one endpoint for every client (an emulator or a test stub); null for AWS itself
 * @param region region of the clients when a caller does not name one (normally the wiring's region)
 * @param credentialsFile shared credentials file that named profiles are read from; null for the
 *     SDK's own ({@code ~/.aws/credentials} and {@code ~/.aws/config})
 * @param accounts per account id: the deployer role to assume, or a named profile
 * @param apiCallTimeout whole call, retries included
 * @param apiCallAttemptTimeout one HTTP attempt
 * @param retryMode the SDK's retry mode for every client
 */
@ConfigurationProperties("rolewire.aws")
public record AwsProperties(
        URI endpointUrl,
        String region,
        Path credentialsFile,
        Map<String, Account> accounts,
        Duration apiCallTimeout,
        Duration apiCallAttemptTimeout,
        RetryMode retryMode) {

    public static final String DEFAULT_REGION = "us-east-1";

    public AwsProperties {
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        apiCallTimeout = apiCallTimeout == null ? Duration.ofSeconds(60) : apiCallTimeout;
        apiCallAttemptTimeout = apiCallAttemptTimeout == null ? Duration.ofSeconds(15) : apiCallAttemptTimeout;
        retryMode = retryMode == null ? RetryMode.STANDARD : retryMode;
        for (Map.Entry<String, Account> account : accounts.entrySet()) {
            if (account.getValue().usesStaticKeys() && endpointUrl == null) {
                // long-lived keys in a properties file are for an emulator, never for AWS itself
                throw new IllegalArgumentException("rolewire.aws.accounts." + account.getKey()
                        + ".access-key-id is for an emulator only: set rolewire.aws.endpoint-url to it, or use"
                        + " role-arn or profile for AWS (README, \"AWS access\")");
            }
        }
    }

    /** The settings of one account; an account without any uses the base credentials as they are. */
    public Account account(String accountId) {
        return accounts.getOrDefault(accountId, Account.DEFAULT_CHAIN);
    }

    /**
     * How to act in one account. With {@code roleArn}, the base credentials (the profile when given,
     * else the default chain) assume that deployer role through STS. {@code accessKeyId} and
     * {@code secretAccessKey} are fixed keys for an emulator (Floci takes the account id as the key),
     * accepted only together with {@code endpointUrl}.
     */
    public record Account(
            String roleArn, String externalId, String profile, String accessKeyId, String secretAccessKey) {

        static final Account DEFAULT_CHAIN = new Account(null, null, null, null, null);

        /** A deployer role or a profile (no emulator keys). */
        public static Account of(String roleArn, String externalId, String profile) {
            return new Account(roleArn, externalId, profile, null, null);
        }

        public boolean usesStaticKeys() {
            return accessKeyId != null && !accessKeyId.isBlank();
        }

        public boolean assumesRole() {
            return roleArn != null && !roleArn.isBlank();
        }

        public boolean usesProfile() {
            return profile != null && !profile.isBlank();
        }
    }

    /** The SDK retry modes Rolewire supports (legacy is not offered). */
    public enum RetryMode {
        STANDARD,
        ADAPTIVE
    }
}
