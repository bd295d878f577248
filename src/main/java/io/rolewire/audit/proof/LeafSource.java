package io.rolewire.audit.proof;

import java.util.List;

/** Leaf hashes of a tree, by 0-based index: read from the database in order, or from a list. */
public interface LeafSource {

    long size();

    /** The 32-byte RFC 6962 leaf hash of leaf {@code index} (0-based). */
    byte[] leafHash(long index);

    static LeafSource of(List<byte[]> leafHashes) {
        return new LeafSource() {
            @Override
            public long size() {
                return leafHashes.size();
            }

            @Override
            public byte[] leafHash(long index) {
                return leafHashes.get(Math.toIntExact(index));
            }
        };
    }
}
