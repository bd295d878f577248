package io.rolewire.apply;

import java.util.List;

/**
 * For every destination role Rolewire has wired, the trust principals that are bare unique IDs
 * ({@code AROA…}, {@code AIDA…}): statements orphaned by a deleted or recreated role, which trust
 * nobody. Each is reported with the wired runs of that role whose source role the trust no longer
 * names by ARN: re-wiring one of them (a copy into a new wiring) puts the current ARN back.
 */
public interface OrphanSweep {

    /** One orphaned principal in one destination role's live trust. */
    record Orphan(String accountId, String roleName, String principal, List<Long> suspectRuns) {

        public Orphan {
            suspectRuns = List.copyOf(suspectRuns);
        }
    }

    /** @param unreadable destination roles that could not be read, with why (an account, a denial) */
    record Result(List<Orphan> orphans, List<String> unreadable, int rolesRead) {

        public Result {
            orphans = List.copyOf(orphans);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** Reads every wired destination role's trust now (nothing is written). */
    Result sweep();
}
