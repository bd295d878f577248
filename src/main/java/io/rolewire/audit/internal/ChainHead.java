package io.rolewire.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The head of the one chain. Sealers serialise on the single row of {@code event_chain_lock}
 * (select ... for update, held until the sealing transaction ends) and then read the last sealed
 * event; under READ COMMITTED, on PostgreSQL and on H2 alike, that read sees the previous holder's
 * committed seals, so positions have no duplicates and no gaps and each link is the true head.
 */
final class ChainHead {

    record Link(long position, String hash) {}

    private final JdbcClient jdbc;

    ChainHead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the sealing transaction. */
    Link lock() {
        boolean locked = jdbc.sql("select id from event_chain_lock where id = 1 for update")
                .query(Integer.class)
                .optional()
                .isPresent();
        if (!locked) {
            throw new IllegalStateException("the event chain lock row is missing (migration V2)");
        }
        return last(jdbc);
    }

    /** The last sealed event, without the lock: what a reader takes as the chain's current end. */
    static Link last(JdbcClient jdbc) {
        return jdbc.sql(
                        "select position, hash from run_events where position is not null order by position desc limit 1")
                .query((rs, row) -> new Link(rs.getLong("position"), rs.getString("hash")))
                .optional()
                .orElse(new Link(0, ChainHasher.GENESIS));
    }
}
