package io.rolewire.apply.internal;

import io.rolewire.audit.RoleWiring;
import io.rolewire.audit.RoleWirings;
import io.rolewire.wiring.RoleArn;
import java.util.Optional;

/** {@link RoleUses} by "Where is this role wired?": the wirings in force on either side of the role. */
final class AuditRoleUses implements RoleUses {

    private final RoleWirings wirings;

    AuditRoleUses(RoleWirings wirings) {
        this.wirings = wirings;
    }

    @Override
    public Optional<Long> otherWiring(RoleArn role, long undoneRunId) {
        return wirings.inForce(role.accountId(), role.roleName()).stream()
                .map(RoleWiring::runId)
                .filter(id -> id != undoneRunId)
                .findFirst();
    }

    @Override
    public Optional<Long> otherWiringOfPair(RoleArn source, RoleArn destination, long undoneRunId) {
        return wirings
                .inForceBetween(source.accountId(), source.roleName(), destination.accountId(), destination.roleName())
                .stream()
                .filter(id -> id != undoneRunId)
                .findFirst();
    }
}
