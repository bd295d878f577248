package io.rolewire.export;

import io.rolewire.runs.Actor;

/** Exports of a stored run as code, each put on the record (an EXPORTED event) before it is handed out. */
public interface RunCodeExports {

    /**
     * Records the export, then generates it from the run's stored inputs and documents (what was
     * previewed and approved, never a fresh rendering).
     *
     * @throws io.rolewire.runs.UnknownRunException when there is no such run (nothing is recorded)
     */
    CodeExport export(long runId, CodeFormat format, Actor actor);
}
