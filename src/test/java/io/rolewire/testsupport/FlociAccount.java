package io.rolewire.testsupport;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * A test's own hands in one Floci account, outside the application: its root (an access key id of
 * exactly the account id, Floci's convention) or a session it was given. Seeds state before an apply
 * and reads the live state back after it.
 */
public final class FlociAccount {

    public static final String REGION = "us-east-1";

    private final StaticCredentialsProvider credentials;

    private FlociAccount(AwsCredentials credentials) {
        this.credentials = StaticCredentialsProvider.create(credentials);
    }

    public static FlociAccount root(String accountId) {
        return new FlociAccount(AwsBasicCredentials.create(accountId, "test"));
    }

    public static FlociAccount session(Credentials issued) {
        return new FlociAccount(
                AwsSessionCredentials.create(issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken()));
    }

    public IamClient iam() {
        return IamClient.builder()
                .endpointOverride(LocalFloci.endpoint())
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials)
                .build();
    }

    public StsClient sts() {
        return StsClient.builder()
                .endpointOverride(LocalFloci.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(credentials)
                .build();
    }

    public EcsClient ecs() {
        return EcsClient.builder()
                .endpointOverride(LocalFloci.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(credentials)
                .build();
    }
}
