package io.rolewire.audit.internal;

import io.rolewire.wiring.Sha256;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The RFC 6962 (section 2.1) Merkle tree hash of leaf hashes fed in order, in O(log n) memory: a
 * stack of the roots of complete subtrees, merged as equal sizes meet; at the end the stack is
 * folded from the right, which is exactly the RFC's split at the largest power of two.
 */
final class MerkleRoot {

    private record Subtree(long size, byte[] hash) {}

    private final Deque<Subtree> stack = new ArrayDeque<>();
    private long size;

    void add(byte[] leafHash) {
        Subtree node = new Subtree(1, leafHash);
        while (!stack.isEmpty() && stack.peek().size() == node.size()) {
            Subtree left = stack.pop();
            node = new Subtree(left.size() * 2, node(left.hash(), node.hash()));
        }
        stack.push(node);
        size++;
    }

    long size() {
        return size;
    }

    /** The root of the leaves added so far; SHA-256 of nothing for an empty tree. */
    byte[] root() {
        if (stack.isEmpty()) {
            return Sha256.digest(new byte[0]);
        }
        byte[] right = null;
        for (Subtree subtree : stack) { // from the top of the stack: the rightmost, smallest subtree first
            right = right == null ? subtree.hash() : node(subtree.hash(), right);
        }
        return right;
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = Sha256.newDigest();
        digest.update((byte) 1);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    static byte[] leaf(byte[] data) {
        MessageDigest digest = Sha256.newDigest();
        digest.update((byte) 0);
        digest.update(data);
        return digest.digest();
    }
}
