package io.rolewire.audit.internal;

import java.time.Instant;

/**
 * For code that writes events without the application (the benchmark's generator): the same hash
 * the event log computes, so generated history is a valid chain that the integrity check accepts.
 */
public final class ChainRows {

    public static final String GENESIS = ChainHasher.GENESIS;

    private ChainRows() {}

    /** The chain check the application runs (links and hashes), over any data source. */
    public static io.rolewire.audit.IntegrityReport verifyLinks(javax.sql.DataSource dataSource) {
        return new JdbcIntegrity(
                        dataSource, null, null, new org.springframework.jdbc.support.JdbcTransactionManager(dataSource))
                .verifyLinks();
    }

    public static String hash(
            String previousHash,
            long position,
            long runId,
            int seq,
            String type,
            String actor,
            Instant at,
            String detail) {
        return ChainHasher.hash(
                previousHash, new ChainedEvent(position, runId, seq, type, actor, at, detail, previousHash, null));
    }
}
