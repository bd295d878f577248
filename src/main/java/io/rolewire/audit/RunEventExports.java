package io.rolewire.audit;

import io.rolewire.runs.Actor;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Exports of one run's events, each put on the record (an EXPORTED event) before it streams. Every export
 * carries a signed checkpoint and each covered event's inclusion proof, so it can be verified offline.
 */
public interface RunEventExports {

    /**
     * Records the export (it commits on its own, whatever happens to the stream) and returns the
     * writer that streams the run's events oldest first.
     */
    Writer export(long runId, ExportFormat format, Actor actor);

    /**
     * Records the download like an export and returns the writer of the run's proof: one JSON document
     * with a signed checkpoint and, for each event it covers, the event as stored and its inclusion
     * proof. {@code java -jar rolewire.jar verify} checks it, and both exports, offline.
     */
    Writer proof(long runId, Actor actor);

    /** Writes the export: the run's events (a run has tens, not millions) with their proofs. */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }
}
