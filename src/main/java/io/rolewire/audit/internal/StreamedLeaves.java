package io.rolewire.audit.internal;

import io.rolewire.audit.proof.LeafSource;
import java.util.Iterator;

/**
 * The chain's leaf hashes read once, in position order, from a database cursor: enough for a
 * Merkle root (which asks for leaf 0, 1, 2... exactly once each) in constant memory. Asking out of
 * order is a programming error, said at once.
 */
final class StreamedLeaves implements LeafSource {

    private final long size;
    private final Iterator<ChainedEvent> events;
    private long next;
    private String lastHash = ChainHasher.GENESIS;

    StreamedLeaves(long size, Iterator<ChainedEvent> events) {
        this.size = size;
        this.events = events;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte[] leafHash(long index) {
        if (index != next || !events.hasNext()) {
            throw new IllegalStateException("leaf " + index + " asked, leaf " + next + " is next");
        }
        ChainedEvent event = events.next();
        next++;
        lastHash = event.hash();
        return ChainHasher.leafHash(event);
    }

    /** The chain hash of the last leaf read (genesis before any). */
    String lastHash() {
        return lastHash;
    }
}
