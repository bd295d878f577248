package io.rolewire.aws;

import io.rolewire.wiring.AccountId;

/**
 * Opens sessions into accounts. Clients are built once per account and region and shared by every
 * session; a session adds the credentials of one run (the STS role session is named after it).
 */
public interface AwsSessions extends AutoCloseable {

    /**
     * Sessions outside Spring (tests, tools) with their own client cache; close it when done. In the
     * application, inject the {@code AwsSessions} bean instead.
     */
    static AwsSessions create(AwsProperties properties) {
        return new io.rolewire.aws.internal.SdkSessions(properties);
    }

    /**
     * A session acting in {@code account}. Opened again for the same run, account and region soon
     * after, it is the same session: one STS role session per account for a run's plan, apply and
     * verification.
     *
     * @param region the wiring's region (ECS is regional; IAM and STS use the partition's global
     *     endpoint)
     * @param runId names the STS role session {@code rolewire-run-<runId>}; null for reads outside a
     *     run (a new session each time)
     */
    AccountSession open(AccountId account, String region, String runId);

    /** {@link #open(AccountId, String, String)} for an account id as text (tools and tests). */
    default AccountSession open(String accountId, String region, String runId) {
        return open(AccountId.of(accountId), region, runId);
    }

    /** Closes every client (and its connection pool); the application does so on shutdown. */
    @Override
    void close();
}
