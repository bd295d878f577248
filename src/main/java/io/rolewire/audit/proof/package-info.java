/**
 * Database-free proofs for the record: RFC 6962 Merkle tree hashes, inclusion and consistency
 * proofs and their verification. Only the JDK, so a verifier can run without Spring, a database or
 * a server. The checkpoints are built on {@link io.rolewire.audit.proof.MerkleTree#root}; the
 * inclusion proofs of one run against a checkpoint are the next step (docs/adr/008).
 */
@org.springframework.modulith.NamedInterface("proof")
package io.rolewire.audit.proof;
