package io.rolewire.audit;

import java.util.List;

/** "Where is this role wired?": every run that touched a role, and the wirings it has in force. */
public interface RoleWirings {

    /** Runs where the role is the source or the destination, newest first, at most {@code limit}. */
    List<RoleWiring> runsTouching(String accountId, String roleName, int limit);

    /**
     * For each counterpart role, the newest run that applied a wiring with this role (APPLIED or
     * VERIFIED), leaving out un-wire runs and wirings an un-wire removed: what is in force as
     * Rolewire last left it.
     */
    List<RoleWiring> inForce(String accountId, String roleName);

    /**
     * Every wiring run in force (APPLIED, VERIFIED or VERIFICATION_FAILED, not un-wired) of exactly
     * this source role and destination role, newest first: wirings of one pair share the trust
     * statement and the inline policy, so one's un-wire must not take them from another.
     */
    List<Long> inForceBetween(
            String sourceAccountId, String sourceRoleName, String destinationAccountId, String destinationRoleName);
}
