package io.rolewire.audit;

/**
 * The outcome of walking the chain: OK with the number of events checked, or the first broken link
 * with its chain position and kind ({@code checked} then counts the events verified before it).
 */
public record IntegrityReport(boolean ok, long checked, Long brokenAt, ChainBreak reason) {

    public static IntegrityReport intact(long checked) {
        return new IntegrityReport(true, checked, null, null);
    }

    public static IntegrityReport broken(long checked, long position, ChainBreak reason) {
        return new IntegrityReport(false, checked, position, reason);
    }
}
