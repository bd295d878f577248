package io.rolewire.audit.proof;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Verification of RFC 9162 inclusion (2.1.3.2) and consistency (2.1.4.2) proofs; needs no leaves. */
public final class MerkleProofs {

    private MerkleProofs() {}

    /** The root the audit path implies for the leaf, or empty if the path cannot belong to such a tree. */
    public static Optional<byte[]> rootFromInclusionProof(long index, long size, byte[] leafHash, List<byte[]> path) {
        if (index < 0 || index >= size) {
            return Optional.empty();
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return Optional.empty();
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Hashes.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Hashes.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? Optional.of(r) : Optional.empty();
    }

    /** True if the tree of size {@code first} with {@code firstRoot} is a prefix of the second tree. */
    public static boolean verifyConsistency(
            long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        boolean powerOfTwo = Long.bitCount(first) == 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = powerOfTwo ? firstRoot : proof.get(0);
        byte[] sr = fr;
        for (byte[] c : proof.subList(powerOfTwo ? 0 : 1, proof.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hashes.nodeHash(c, fr);
                sr = Hashes.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Hashes.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }
}
