package io.rolewire.apply;

import io.rolewire.runs.Run;
import java.time.Instant;
import java.util.List;

/**
 * At the end of a wiring's access, the un-wire that cleans up after AWS's own end (issue 12, ADR
 * 019). Run on a schedule by one instance at a time; callable directly.
 */
public interface ExpiryWatch {

    /**
     * Starts the un-wire of every wiring whose access ended by {@code now} and that has none yet.
     * An un-wire whose wiring's approver approved it in advance is approved in that admin's name
     * and applied; any other waits for an approval like one a person started.
     *
     * @return the un-wire runs started by this look
     */
    List<Run> unwireEnded(Instant now);
}
