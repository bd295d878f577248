package io.rolewire.audit.proof;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RFC 6962 section 2.1 Merkle tree hashes and proofs over a {@link LeafSource}.
 *
 * <p>Complexity: every method reads each leaf of the ranges it needs at most once (O(n) reads for a root
 * or a proof, since the subtrees of a proof are disjoint) and keeps O(log n) hashes in memory: a range root
 * is folded with a stack of perfect subtrees whose sizes are distinct powers of two.
 */
public final class MerkleTree {

    private MerkleTree() {}

    /** MTH(D[n]); the empty tree's root is SHA-256 of the empty string. */
    public static byte[] root(LeafSource leaves) {
        return rangeRoot(leaves, 0, leaves.size());
    }

    /** PATH(m, D[n]) of RFC 6962 2.1.1, leaf-to-root order. */
    public static List<byte[]> inclusionProof(LeafSource leaves, long index, long size) {
        if (index < 0 || index >= size || size > leaves.size()) {
            throw new IllegalArgumentException("index " + index + " is not in a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        appendPath(leaves, index, 0, size, path);
        return path;
    }

    /**
     * The inclusion proofs of several leaves of the tree of {@code size}, reading leaves 0..size-1 once, in
     * order: a run's proofs against a checkpoint from one database cursor instead of one pass per event.
     * Each proof equals {@link #inclusionProof} for its index.
     */
    public static Map<Long, List<byte[]>> inclusionProofs(LeafSource leaves, long size, Collection<Long> indices) {
        Map<Long, List<long[]>> needed = new TreeMap<>();
        Map<Range, byte[]> wanted = new HashMap<>();
        for (long index : indices) {
            if (index < 0 || index >= size || size > leaves.size()) {
                throw new IllegalArgumentException("index " + index + " is not in a tree of size " + size);
            }
            List<long[]> ranges = pathRanges(index, size);
            needed.put(index, ranges);
            ranges.forEach(r -> wanted.put(new Range(r[0], r[1]), null));
        }
        if (!needed.isEmpty()) {
            nodeHash(leaves, 0, size, wanted);
        }
        Map<Long, List<byte[]>> proofs = new TreeMap<>();
        needed.forEach((index, ranges) -> proofs.put(
                index,
                ranges.stream().map(r -> wanted.get(new Range(r[0], r[1]))).toList()));
        return proofs;
    }

    private record Range(long start, long end) {}

    /** The subtrees of PATH(index, D[size]), leaf-to-root order, as [start, end) ranges. */
    private static List<long[]> pathRanges(long index, long size) {
        List<long[]> ranges = new ArrayList<>();
        long start = 0;
        long end = size;
        while (end - start > 1) {
            long k = largestPowerOfTwoBelow(end - start);
            if (index - start < k) {
                ranges.add(0, new long[] {start + k, end});
                end = start + k;
            } else {
                ranges.add(0, new long[] {start, start + k});
                start = start + k;
            }
        }
        return ranges;
    }

    /** MTH of D[start:end] in RFC 6962's own split, left to right; keeps the hashes of wanted subtrees. */
    private static byte[] nodeHash(LeafSource leaves, long start, long end, Map<Range, byte[]> wanted) {
        byte[] hash;
        if (end - start == 1) {
            hash = leaves.leafHash(start);
        } else {
            long k = largestPowerOfTwoBelow(end - start);
            byte[] left = nodeHash(leaves, start, start + k, wanted);
            hash = Hashes.nodeHash(left, nodeHash(leaves, start + k, end, wanted));
        }
        Range range = new Range(start, end);
        if (wanted.containsKey(range)) {
            wanted.put(range, hash);
        }
        return hash;
    }

    /** PROOF(m, D[n]) of RFC 6962 2.1.2: proves the tree of size {@code first} is a prefix of {@code second}. */
    public static List<byte[]> consistencyProof(LeafSource leaves, long first, long second) {
        if (first < 1 || first > second || second > leaves.size()) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        appendSubproof(leaves, first, 0, second, true, proof);
        return proof;
    }

    /** Root of D[start:end], folding perfect subtrees on a stack of at most log2(n)+1 entries. */
    static byte[] rangeRoot(LeafSource leaves, long start, long end) {
        if (start == end) {
            return Hashes.sha256();
        }
        Deque<byte[]> hashes = new ArrayDeque<>();
        Deque<Long> sizes = new ArrayDeque<>();
        for (long i = start; i < end; i++) {
            byte[] hash = leaves.leafHash(i);
            long size = 1;
            while (!sizes.isEmpty() && sizes.peek() == size) {
                hash = Hashes.nodeHash(hashes.pop(), hash);
                size += sizes.pop();
            }
            hashes.push(hash);
            sizes.push(size);
        }
        byte[] root = hashes.pop();
        while (!hashes.isEmpty()) {
            root = Hashes.nodeHash(hashes.pop(), root);
        }
        return root;
    }

    private static void appendPath(LeafSource leaves, long index, long start, long end, List<byte[]> path) {
        if (end - start <= 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(end - start);
        if (index - start < k) {
            appendPath(leaves, index, start, start + k, path);
            path.add(rangeRoot(leaves, start + k, end));
        } else {
            appendPath(leaves, index, start + k, end, path);
            path.add(rangeRoot(leaves, start, start + k));
        }
    }

    private static void appendSubproof(
            LeafSource leaves, long m, long start, long end, boolean complete, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!complete) {
                proof.add(rangeRoot(leaves, start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            appendSubproof(leaves, m, start, start + k, complete, proof);
            proof.add(rangeRoot(leaves, start + k, end));
        } else {
            appendSubproof(leaves, m - k, start + k, end, false, proof);
            proof.add(rangeRoot(leaves, start, start + k));
        }
    }

    /** The largest power of two strictly smaller than n (n >= 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
