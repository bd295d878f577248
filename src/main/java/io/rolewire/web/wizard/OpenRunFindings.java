package io.rolewire.web.wizard;

import io.rolewire.audit.RoleWiring;
import io.rolewire.audit.RoleWirings;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.FindingCodes;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.WiringInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one finding the wiring core cannot make, as it needs the stored runs: another run for the same
 * source and destination role that is still open (not yet applied, rejected or cancelled). Shown on
 * the preview beside the core's findings; not stored with the run, as it changes with other runs.
 */
@Component
class OpenRunFindings {

    /** Still in progress: a second run for the pair would race it or duplicate it. */
    static final Set<RunStatus> OPEN =
            EnumSet.of(RunStatus.DRAFT, RunStatus.SUBMITTED, RunStatus.APPROVED, RunStatus.APPLYING, RunStatus.FAILED);

    /** Runs are read newest first; a role with more runs than this is looked at in its newest only. */
    static final int LOOKED_AT = 500;

    private final RoleWirings wirings;

    OpenRunFindings(RoleWirings wirings) {
        this.wirings = wirings;
    }

    Optional<Finding> of(WiringInput input) {
        List<Long> open =
                wirings.runsTouching(input.source().accountId(), input.source().roleName(), LOOKED_AT).stream()
                        .filter(run -> run.direction() == RoleWiring.Direction.ASSUMES)
                        .filter(run -> run.counterpartAccountId()
                                .equals(input.destination().accountId()))
                        .filter(run -> run.counterpartRoleName()
                                .equals(input.destination().roleName()))
                        .filter(run -> OPEN.contains(run.status()))
                        .map(RoleWiring::runId)
                        .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                Severity.WARNING,
                FindingCodes.OPEN_RUN_SAME_PAIR,
                "Run "
                        + open.stream()
                                .map(id -> "#" + id)
                                .reduce((a, b) -> a + ", " + b)
                                .orElseThrow()
                        + " for the same source and destination role is still open: finish, reject or cancel it"
                        + " before applying a second one."));
    }
}
