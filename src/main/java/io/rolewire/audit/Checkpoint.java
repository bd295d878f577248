package io.rolewire.audit;

import java.time.Instant;

/**
 * A signed statement of the record's head: the first {@code treeSize} events, their RFC 6962
 * Merkle root and the chain hash of the last one, signed with Ed25519. Written to a sink outside
 * the database, so rewriting the database cannot rewrite what was checkpointed.
 *
 * @param signedText the exact text that was signed ({@link #text})
 * @param signature the Ed25519 signature of {@code signedText}'s UTF-8 bytes, base64
 */
public record Checkpoint(
        long treeSize,
        String rootHash,
        String chainHead,
        Instant issuedAt,
        String keyId,
        String signedText,
        String signature) {

    /** The signed form: one line per field, so a reviewer can read and re-check it by hand. */
    public static String text(long treeSize, String rootHash, String chainHead, Instant issuedAt, String keyId) {
        return "rolewire-checkpoint/1\n" + "tree-size " + treeSize + "\n" + "root " + rootHash + "\n" + "chain-head "
                + chainHead + "\n" + "issued-at " + issuedAt + "\n" + "key " + keyId + "\n";
    }

    /** The checkpoint as a sink holds it, and as {@code rolewire.jar verify} reads it: the signed text, then its signature. */
    public String fileText() {
        return signedText + "signature " + signature + "\n";
    }

    /** The name of its file or object, sortable by tree size. */
    public String fileName() {
        return String.format("checkpoint-%012d.txt", treeSize);
    }
}
