package io.rolewire.aws.internal;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The clients of one account and region, built once and shared by every session into it.
 *
 * @param baseCredentials the account's own credentials (profile or default chain), before any
 *     deployer role is assumed
 */
record AccountClients(
        AwsCredentialsProvider baseCredentials,
        IamClient iam,
        StsClient sts,
        EcsClient ecs,
        AccessAnalyzerClient accessAnalyzer)
        implements AutoCloseable {

    @Override
    public void close() {
        iam.close();
        sts.close();
        ecs.close();
        accessAnalyzer.close();
    }
}
