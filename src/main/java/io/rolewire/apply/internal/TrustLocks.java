package io.rolewire.apply.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * One trust write at a time per destination role, across instances (ADR 017, third addendum).
 * {@code UpdateAssumeRolePolicy} replaces the whole document: two applies that read, merge and write
 * one role's trust at the same time would keep only the last writer's statement. A trust step holds
 * the role from its read to its write.
 */
interface TrustLocks {

    /**
     * Waits while another step holds the role's trust.
     *
     * @param holder who holds it, as other steps report it while they wait ("run 12")
     * @throws LeaseLost when {@code lease} is lost while waiting
     * @throws TrustBusy when the role stayed held for longer than a hold may last
     */
    Hold acquire(String accountId, String roleName, String holder, Lease lease);

    /** A role's trust, held. */
    interface Hold {

        /** When Rolewire last wrote this trust, if it ever did. */
        Optional<Instant> lastWrittenAt();

        /** @param wrote whether a write was sent (even one that failed: AWS may have applied it) */
        void release(boolean wrote);
    }

    /** Another step held the role's trust for too long (its instance may have died holding it). */
    final class TrustBusy extends RuntimeException {

        private final String holder;

        TrustBusy(String holder) {
            super("the role's trust is held by " + holder);
            this.holder = holder;
        }

        String holder() {
            return holder;
        }
    }
}
