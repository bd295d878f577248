package io.rolewire.audit;

/**
 * The outcome of a check: OK with the number of events checked, or the first thing that differs.
 * A broken link of the chain has its position and kind; a stored run that no longer matches its
 * record also names the run, the record (e.g. {@code runs.source_role_name}) and both values.
 *
 * @param checked the events verified before the first difference (all of them when ok)
 */
public record IntegrityReport(
        boolean ok,
        long checked,
        Long brokenAt,
        ChainBreak reason,
        Long runId,
        String record,
        String stored,
        String recorded) {

    public static IntegrityReport intact(long checked) {
        return new IntegrityReport(true, checked, null, null, null, null, null, null);
    }

    public static IntegrityReport broken(long checked, long position, ChainBreak reason) {
        return new IntegrityReport(false, checked, position, reason, null, null, null, null);
    }

    /** An event at {@code position} of run {@code runId} that this version cannot read. */
    public static IntegrityReport unreadable(long checked, long position, Long runId, String kind, String problem) {
        return new IntegrityReport(false, checked, position, ChainBreak.UNREADABLE, runId, kind, problem, null);
    }

    /** What is stored for run {@code runId} differs from what its chained events recorded. */
    public static IntegrityReport recordChanged(
            long checked, long runId, String record, String stored, String recorded) {
        return new IntegrityReport(false, checked, null, ChainBreak.RECORD_CHANGED, runId, record, stored, recorded);
    }
}
