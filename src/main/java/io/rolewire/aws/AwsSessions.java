package io.rolewire.aws;

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
     * A session acting in {@code accountId}.
     *
     * @param region the wiring's region (ECS is regional; IAM and STS use the partition's global
     *     endpoint)
     * @param runId names the STS role session {@code rolewire-run-<runId>}; null for reads outside a run
     */
    AccountSession open(String accountId, String region, String runId);

    /** Closes every client (and its connection pool); the application does so on shutdown. */
    @Override
    void close();
}
