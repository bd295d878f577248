package io.rolewire.audit.internal;

import io.rolewire.audit.Checkpoint;
import java.util.List;

/**
 * One run's events against a signed checkpoint: those the checkpoint covers, each with its RFC 6962
 * audit path to the checkpoint's root, and those sealed or committed after it (listed, not proven). What
 * a run proof and a run's event exports carry, and what {@link ProvenRecordCheck} verifies offline.
 */
record ProvenRecord(long runId, Checkpoint checkpoint, List<Proven> covered, List<ChainedEvent> notYetCovered) {

    ProvenRecord {
        covered = List.copyOf(covered);
        notYetCovered = List.copyOf(notYetCovered);
    }

    /** A covered event and its audit path, leaf to root, as 64-digit hex hashes. */
    record Proven(ChainedEvent event, List<String> auditPath) {

        Proven {
            auditPath = List.copyOf(auditPath);
        }
    }

    /** The checkpoint as the sink writes it: the signed text, then its signature line. */
    String checkpointFile() {
        return SignedCheckpoint.fileText(checkpoint);
    }
}
