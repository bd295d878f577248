package io.rolewire.audit.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The 8 leaves of the RFC 6962 test vectors used by certificate-transparency and trillian. */
    private static final String[] VECTOR_LEAVES = {
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"
    };

    /** Roots of the first 1..8 vector leaves, as published with those repositories. */
    private static final String[] VECTOR_ROOTS = {
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    };

    @Test
    void emptyTreeRootIsHashOfEmptyString() {
        assertThat(HEX.formatHex(MerkleTree.root(LeafSource.of(List.of()))))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void rootsMatchPublishedVectors() {
        List<byte[]> leaves = new ArrayList<>();
        for (int n = 1; n <= VECTOR_LEAVES.length; n++) {
            leaves.add(Hashes.leafHash(HEX.parseHex(VECTOR_LEAVES[n - 1])));
            assertThat(HEX.formatHex(MerkleTree.root(LeafSource.of(leaves))))
                    .as("size %d", n)
                    .isEqualTo(VECTOR_ROOTS[n - 1]);
        }
    }

    @Test
    void everyInclusionProofVerifiesAndTamperingFails() {
        for (int n = 1; n <= 20; n++) {
            LeafSource leaves = leaves(n);
            byte[] root = MerkleTree.root(leaves);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = MerkleTree.inclusionProof(leaves, m, n);
                byte[] leaf = leaves.leafHash(m);
                assertThat(impliesRoot(MerkleProofs.rootFromInclusionProof(m, n, leaf, path), root))
                        .isTrue();
                assertThat(impliesRoot(
                                MerkleProofs.rootFromInclusionProof(m, n, Hashes.leafHash(new byte[] {9}), path), root))
                        .as("changed leaf")
                        .isFalse();
                if (n > 1) {
                    assertThat(impliesRoot(MerkleProofs.rootFromInclusionProof((m + 1) % n, n, leaf, path), root))
                            .as("wrong index")
                            .isFalse();
                    // the size is not hashed, so "wrong size" means checking against the larger tree's root
                    byte[] largerRoot = MerkleTree.root(leaves(n + 1));
                    assertThat(impliesRoot(MerkleProofs.rootFromInclusionProof(m, n + 1, leaf, path), largerRoot))
                            .as("wrong size")
                            .isFalse();
                    assertThat(impliesRoot(
                                    MerkleProofs.rootFromInclusionProof(m, n, leaf, path.subList(0, path.size() - 1)),
                                    root))
                            .as("truncated path")
                            .isFalse();
                }
                assertThat(impliesRoot(
                                MerkleProofs.rootFromInclusionProof(
                                        m, n, leaves(n + 1).leafHash(n), path),
                                root))
                        .isFalse();
            }
        }
    }

    @Test
    void batchedInclusionProofsEqualSingleOnesAndReadEachLeafOnceInOrder() {
        for (int n = 1; n <= 20; n++) {
            LeafSource leaves = leaves(n);
            List<Long> indices = new ArrayList<>();
            for (long m = n - 1; m >= 0; m -= 3) {
                indices.add(m);
            }
            List<Long> reads = new ArrayList<>();
            LeafSource recording = new LeafSource() {
                @Override
                public long size() {
                    return leaves.size();
                }

                @Override
                public byte[] leafHash(long index) {
                    reads.add(index);
                    return leaves.leafHash(index);
                }
            };

            java.util.Map<Long, List<byte[]>> proofs = MerkleTree.inclusionProofs(recording, n, indices);

            assertThat(reads)
                    .as("size %d", n)
                    .isEqualTo(java.util.stream.LongStream.range(0, n).boxed().toList());
            assertThat(proofs.keySet()).containsExactlyInAnyOrderElementsOf(indices);
            for (long m : indices) {
                List<String> expected = MerkleTree.inclusionProof(leaves, m, n).stream()
                        .map(HEX::formatHex)
                        .toList();
                assertThat(proofs.get(m).stream().map(HEX::formatHex).toList())
                        .as("size %d index %d", n, m)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndTamperingFails() {
        for (int n = 1; n <= 20; n++) {
            LeafSource leaves = leaves(n);
            byte[] second = MerkleTree.root(leaves);
            for (int m = 1; m <= n; m++) {
                byte[] first = MerkleTree.rangeRoot(leaves, 0, m);
                List<byte[]> proof = MerkleTree.consistencyProof(leaves, m, n);
                assertThat(MerkleProofs.verifyConsistency(m, n, first, second, proof))
                        .as("%d -> %d", m, n)
                        .isTrue();
                if (m < n) {
                    byte[] otherFirst = MerkleTree.rangeRoot(leaves(n + 1), 1, m + 1);
                    assertThat(MerkleProofs.verifyConsistency(m, n, otherFirst, second, proof))
                            .as("changed leaf")
                            .isFalse();
                    byte[] largerRoot = MerkleTree.root(leaves(n + 1));
                    assertThat(MerkleProofs.verifyConsistency(m, n + 1, first, largerRoot, proof))
                            .as("wrong size")
                            .isFalse();
                    assertThat(MerkleProofs.verifyConsistency(m, n, first, second, proof.subList(0, proof.size() - 1)))
                            .as("truncated")
                            .isFalse();
                }
            }
        }
    }

    private static boolean impliesRoot(java.util.Optional<byte[]> implied, byte[] root) {
        return implied.map(r -> java.util.Arrays.equals(r, root)).orElse(false);
    }

    private static LeafSource leaves(int n) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(Hashes.leafHash(("leaf " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return LeafSource.of(hashes);
    }
}
