package io.rolewire.audit;

import java.io.IOException;
import java.io.OutputStream;

/** Exports of a filtered history, each put on the record before a byte is written. */
public interface HistoryExports {

    /**
     * Publishes {@link ExportRecorded} now and returns the body, which streams the matching runs in
     * the filter's order when written (in constant memory, whatever their number).
     */
    Body export(HistoryFilter filter, ExportFormat format, String actor);

    /** The export's content, written once to a response. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
