package io.rolewire.aws.internal;

import io.rolewire.aws.AwsProperties;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the four clients of an account with the configured endpoint, timeouts, retry mode and
 * interceptors (the failure meter, when the application has a meter registry).
 */
final class ClientFactory {

    private final AwsProperties properties;
    private final List<ExecutionInterceptor> interceptors;

    ClientFactory(AwsProperties properties, List<ExecutionInterceptor> interceptors) {
        this.properties = properties;
        this.interceptors = List.copyOf(interceptors);
    }

    AccountClients build(String accountId, String region) {
        AwsCredentialsProvider base = baseCredentials(properties.account(accountId));
        return new AccountClients(
                base,
                configure(IamClient.builder(), base, globalRegion(region)).build(),
                configure(StsClient.builder(), base, Region.of(region)).build(),
                configure(EcsClient.builder(), base, Region.of(region)).build(),
                configure(AccessAnalyzerClient.builder(), base, Region.of(region))
                        .build());
    }

    /** S3 for one account (or the default chain); path-style addressing against an emulator's one endpoint. */
    S3Client s3(String accountId) {
        S3ClientBuilder builder =
                configure(S3Client.builder(), credentialsOf(accountId), Region.of(properties.region()));
        return builder.forcePathStyle(properties.endpointUrl() != null).build();
    }

    /** IAM has one endpoint per partition, signed for its global pseudo-region. */
    static Region globalRegion(String region) {
        if (region.startsWith("us-gov-")) {
            return Region.AWS_US_GOV_GLOBAL;
        }
        return region.startsWith("cn-") ? Region.AWS_CN_GLOBAL : Region.AWS_GLOBAL;
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, AwsCredentialsProvider base, Region region) {
        builder.region(region).credentialsProvider(base).overrideConfiguration(overrides());
        if (properties.endpointUrl() != null) {
            builder.endpointOverride(properties.endpointUrl());
        }
        return builder;
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(properties.apiCallTimeout())
                .apiCallAttemptTimeout(properties.apiCallAttemptTimeout())
                .retryStrategy(sdkRetryMode(properties.retryMode()))
                .executionInterceptors(interceptors)
                .build();
    }

    /** The SDK's ADAPTIVE is its deprecated first version; ADAPTIVE_V2 is the one it recommends. */
    static RetryMode sdkRetryMode(AwsProperties.RetryMode mode) {
        return mode == AwsProperties.RetryMode.ADAPTIVE ? RetryMode.ADAPTIVE_V2 : RetryMode.STANDARD;
    }

    /** The account's own credentials (before any deployer role); the default chain for null. */
    AwsCredentialsProvider credentialsOf(String accountId) {
        return accountId == null
                ? DefaultCredentialsProvider.builder().build()
                : baseCredentials(properties.account(accountId));
    }

    private AwsCredentialsProvider baseCredentials(AwsProperties.Account account) {
        if (account.usesStaticKeys()) {
            // emulators do not check the secret; the SDK still wants one
            String secret = account.secretAccessKey() == null
                            || account.secretAccessKey().isBlank()
                    ? "emulator"
                    : account.secretAccessKey();
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(account.accessKeyId(), secret));
        }
        if (!account.usesProfile()) {
            return DefaultCredentialsProvider.builder().build();
        }
        ProfileCredentialsProvider.Builder profile =
                ProfileCredentialsProvider.builder().profileName(account.profile());
        Path file = properties.credentialsFile();
        if (file != null) {
            profile.profileFile(ProfileFile.builder()
                    .content(file)
                    .type(ProfileFile.Type.CREDENTIALS)
                    .build());
        }
        return profile.build();
    }
}
