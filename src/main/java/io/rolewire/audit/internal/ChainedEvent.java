package io.rolewire.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One stored row of the chain, with its links; {@code runId} and {@code seq} are null for audit
 * events. {@code scheme} says how it was hashed ({@link ChainHasher}). {@code position},
 * {@code previousHash} and {@code hash} are null while the event is not sealed yet
 * ({@link EventSealer}).
 */
record ChainedEvent(
        Long position,
        Long runId,
        Integer seq,
        String type,
        String actor,
        Instant at,
        String detail,
        String previousHash,
        String hash,
        int scheme) {

    static final String COLUMNS =
            "position, run_id, seq, type, actor, occurred_at, detail, previous_hash, hash, hash_scheme";

    /** An event hashed with today's scheme. */
    ChainedEvent(
            Long position,
            Long runId,
            Integer seq,
            String type,
            String actor,
            Instant at,
            String detail,
            String previousHash,
            String hash) {
        this(position, runId, seq, type, actor, at, detail, previousHash, hash, ChainHasher.EXACT);
    }

    static ChainedEvent read(ResultSet rs) throws SQLException {
        return new ChainedEvent(
                rs.getObject("position", Long.class),
                rs.getObject("run_id", Long.class),
                rs.getObject("seq", Integer.class),
                rs.getString("type"),
                rs.getString("actor"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("detail"),
                rs.getString("previous_hash"),
                rs.getString("hash"),
                rs.getInt("hash_scheme"));
    }

    boolean sealed() {
        return position != null;
    }

    /** Whether the stored hash is the one this row's content and stored link give. */
    boolean selfConsistent() {
        return hash.equals(ChainHasher.hash(previousHash, this));
    }

    /** This content placed at {@code position} behind {@code previousHash}, not hashed yet (what sealing computes). */
    ChainedEvent linkedAt(long position, String previousHash) {
        return new ChainedEvent(position, runId, seq, type, actor, at, detail, previousHash, null, scheme);
    }

    /** The same content as if it sat at another position (how a reordering is recognised). */
    ChainedEvent at(long otherPosition) {
        return new ChainedEvent(otherPosition, runId, seq, type, actor, at, detail, previousHash, hash, scheme);
    }
}
