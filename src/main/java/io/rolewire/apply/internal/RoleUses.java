package io.rolewire.apply.internal;

import io.rolewire.wiring.RoleArn;
import java.util.Optional;

/**
 * Whether another wiring in force still uses a role an un-wire would delete ("Where is this role
 * wired?", {@link io.rolewire.audit.RoleWirings#inForce}): such a role is kept (ADR 018).
 */
@FunctionalInterface
interface RoleUses {

    /** Nothing else uses any role: for plain tests and wiring runs. */
    RoleUses NONE = (role, undone) -> Optional.empty();

    /** @return the id of a wiring run in force other than {@code undoneRunId} that uses {@code role} */
    Optional<Long> otherWiring(RoleArn role, long undoneRunId);

    /**
     * @return the id of a wiring run in force other than {@code undoneRunId} of the same pair: it
     *     relies on the same trust statement and inline policy. None by default (plain tests that
     *     describe other wirings role by role).
     */
    default Optional<Long> otherWiringOfPair(RoleArn source, RoleArn destination, long undoneRunId) {
        return Optional.empty();
    }
}
