package io.rolewire.aws.internal;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;

/**
 * Puts a session's credentials on each request: the clients are shared per account, while the
 * assumed deployer session (named after the run) belongs to one session.
 */
record RequestCredentials(AwsCredentialsProvider provider) {

    void apply(AwsRequestOverrideConfiguration.Builder override) {
        override.credentialsProvider(provider);
    }
}
