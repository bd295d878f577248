package io.rolewire.audit.internal;

import io.rolewire.audit.Checkpoint;
import io.rolewire.audit.proof.Hashes;
import io.rolewire.audit.proof.MerkleProofs;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Verifies a {@link ProvenRecord} with the public key alone: the checkpoint's signature, then every
 * covered event's audit path to the signed root, every event's link hash, and the run's sequence (an
 * event inserted, deleted, moved from another run or reordered). Says the first thing that differs, in
 * one sentence naming the event; never throws for a forged file.
 */
final class ProvenRecordCheck {

    private ProvenRecordCheck() {}

    /** Empty when the record is intact; otherwise the first difference. */
    static Optional<String> firstDifference(ProvenRecord record, PublicKey key) {
        Optional<String> signature = new SignedCheckpoint(record.checkpoint()).check(key);
        if (signature.isPresent()) {
            return signature;
        }
        return sequence(record).or(() -> covered(record)).or(() -> notYetCovered(record));
    }

    /** What an intact record proves, for the verifier's second line. */
    static String summary(ProvenRecord record) {
        Checkpoint checkpoint = record.checkpoint();
        String proven = "run " + record.runId() + ": " + count(record.covered().size()) + " proven by the checkpoint of"
                + " tree size " + checkpoint.treeSize() + " issued at " + checkpoint.issuedAt() + " with key "
                + checkpoint.keyId();
        if (record.notYetCovered().isEmpty()) {
            return proven;
        }
        return proven + "; " + count(record.notYetCovered().size())
                + " recorded after it listed but not proven (download again after the next checkpoint)";
    }

    private static String count(int events) {
        return events == 1 ? "1 event" : events + " events";
    }

    private static Optional<String> sequence(ProvenRecord record) {
        List<ChainedEvent> events = new ArrayList<>();
        record.covered().forEach(p -> events.add(p.event()));
        events.addAll(record.notYetCovered());
        for (ChainedEvent event : events) {
            if (event.runId() == null || event.runId() != record.runId()) {
                return Optional.of(name(event) + " belongs to run " + event.runId() + ", not to run " + record.runId()
                        + " (inserted or moved from another run)");
            }
        }
        long[] seqs = events.stream().mapToLong(ChainedEvent::seq).toArray();
        Set<Long> seen = new HashSet<>();
        for (long seq : seqs) {
            if (!seen.add(seq)) {
                return Optional.of("seq " + seq + " appears twice in run " + record.runId() + " (an inserted event)");
            }
        }
        for (long expected = 1; expected <= seqs.length; expected++) {
            if (!seen.contains(expected)) {
                return Optional.of("seq " + expected + " of run " + record.runId() + " is missing (a deleted event)");
            }
        }
        if (!Arrays.equals(seqs, LongStream.rangeClosed(1, seqs.length).toArray())) {
            return Optional.of("the events of run " + record.runId() + " are not in seq order (reordered)");
        }
        return Optional.empty();
    }

    private static Optional<String> covered(ProvenRecord record) {
        Checkpoint checkpoint = record.checkpoint();
        byte[] root = Hashes.parseHash(checkpoint.rootHash());
        for (ProvenRecord.Proven proven : record.covered()) {
            ChainedEvent event = proven.event();
            if (event.position() == null || event.position() < 1 || event.position() > checkpoint.treeSize()) {
                return Optional.of(name(event) + " claims position " + event.position()
                        + ", which the checkpoint of tree size " + checkpoint.treeSize() + " does not cover");
            }
            List<byte[]> path =
                    proven.auditPath().stream().map(Hashes::parseHash).toList();
            if (path.contains(null)) {
                return Optional.of(name(event) + " has an inclusion proof that is not a list of SHA-256 hashes");
            }
            Optional<byte[]> implied = MerkleProofs.rootFromInclusionProof(
                    event.position() - 1, checkpoint.treeSize(), ChainHasher.leafHash(event), path);
            if (implied.isEmpty() || root == null || !Arrays.equals(implied.get(), root)) {
                return Optional.of(name(event) + " is not what the checkpoint of tree size " + checkpoint.treeSize()
                        + " signed (its content, position or inclusion proof was altered)");
            }
            Optional<String> link = link(event);
            if (link.isPresent()) {
                return link;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> notYetCovered(ProvenRecord record) {
        for (ChainedEvent event : record.notYetCovered()) {
            if (event.position() != null
                    && event.position() <= record.checkpoint().treeSize()) {
                return Optional.of(
                        name(event) + " is at position " + event.position() + ", which the checkpoint covers,"
                                + " but has no inclusion proof (moved out of the proven part)");
            }
            if (event.sealed()) {
                Optional<String> link = link(event);
                if (link.isPresent()) {
                    return link;
                }
            }
        }
        return Optional.empty();
    }

    /** The stored link: hash = SHA-256(previous hash || leaf hash); either altered alone shows here. */
    private static Optional<String> link(ChainedEvent event) {
        if (Hashes.parseHash(event.previousHash()) == null
                || !ChainHasher.hash(event.previousHash(), event).equals(event.hash())) {
            return Optional.of(name(event) + " has a hash that does not follow from its previous hash and content"
                    + " (hash or previous hash altered)");
        }
        return Optional.empty();
    }

    private static String name(ChainedEvent event) {
        return "the event seq " + event.seq() + " (" + event.type() + ")"
                + (event.position() == null ? "" : " at position " + event.position());
    }
}
