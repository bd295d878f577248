package io.rolewire.audit;

import io.rolewire.runs.Actor;
import java.io.IOException;
import java.io.OutputStream;

/** Exports of one run's events, each put on the record (an EXPORTED event) before it streams. */
public interface RunEventExports {

    /**
     * Records the export (it commits on its own, whatever happens to the stream) and returns the
     * writer that streams the run's events oldest first.
     */
    Writer export(long runId, ExportFormat format, Actor actor);

    /** Writes the export; reads rows as it writes, never the whole list. */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }
}
