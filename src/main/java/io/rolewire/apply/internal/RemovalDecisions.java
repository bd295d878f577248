package io.rolewire.apply.internal;

import io.rolewire.apply.Change;
import io.rolewire.runs.Run;
import io.rolewire.wiring.DesiredResources;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.RoleArn;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.StatementRemoval;
import io.rolewire.wiring.Unwiring;
import io.rolewire.wiring.Wiring;
import java.util.List;
import java.util.Optional;

/**
 * The rule per removal (ADR 018): remove, leave alone (already gone, or kept for another wiring),
 * or refuse. What was changed by hand since the wiring is said to the approver as a WARNING finding:
 * a statement no longer there, an inline policy that is not what the wiring wrote.
 */
final class RemovalDecisions {

    static final String STATEMENT_ABSENT = "UNWIRE_STATEMENT_ABSENT";
    static final String POLICY_EDITED = "UNWIRE_POLICY_EDITED";
    static final String ROLE_KEPT = "UNWIRE_ROLE_KEPT";
    static final String PAIR_KEPT = "UNWIRE_PAIR_KEPT";

    private final Wiring wiring;
    private final RoleUses uses;

    RemovalDecisions(Wiring wiring, RoleUses uses) {
        this.wiring = wiring;
        this.uses = uses;
    }

    Decision decide(ResourceSpec spec, LiveResource live, Run run) {
        Unwiring unwiring = Unwiring.of(run.documents()).orElseThrow();
        return switch (spec.type()) {
            case TRUST_STATEMENT_REMOVE -> pairKept(run, unwiring).orElseGet(() -> trust(spec, live, run, unwiring));
            case INLINE_POLICY_DELETE -> pairKept(run, unwiring).orElseGet(() -> inlinePolicy(spec, live));
            case MANAGED_POLICY_DETACH ->
                onKeptRole(spec, unwiring)
                        .orElseGet(() -> live.members().contains(spec.desired())
                                ? Decision.of(Change.DELETE, spec.desired(), null)
                                : gone());
            case INSTANCE_PROFILE_ROLE_REMOVE ->
                onKeptRole(spec, unwiring)
                        .orElseGet(() -> live.members().contains(spec.roleName())
                                ? Decision.of(Change.DELETE, spec.roleName(), null)
                                : gone());
            case INSTANCE_PROFILE_DELETE -> onKeptRole(spec, unwiring).orElseGet(() -> profile(spec, live));
            case ROLE_DELETE ->
                onKeptRole(spec, unwiring)
                        .orElseGet(() -> live.present() ? Decision.of(Change.DELETE, null, null) : gone());
            case TASK_DEFINITION_DEREGISTER -> live.present() ? Decision.of(Change.DELETE, null, null) : gone();
            default -> throw new IllegalArgumentException("not a removal: " + spec.type());
        };
    }

    /**
     * Our statement out of the live trust, every other statement kept. Nothing to do when the
     * role is deleted by this un-wire anyway, or is gone.
     */
    private Decision trust(ResourceSpec spec, LiveResource live, Run run, Unwiring unwiring) {
        RoleArn role = spec.resource().role();
        if (!live.present()) {
            return gone();
        }
        if (unwiring.created(role) && kept(role, unwiring).isEmpty()) {
            return Decision.of(Change.UNCHANGED, null, Note.of("apply.note.unwire.trustWithRole"));
        }
        StatementRemoval removal = wiring.removeDestinationStatement(live.document(), run.input(), spec.desired());
        if (removal.refused()) {
            return new Decision(Change.BLOCKED, null, Note.of("apply.note.trustUnmergeable"), removal.findings());
        }
        if (!removal.removed()) {
            String source = DesiredResources.sourceRole(run.input()).toString();
            Finding absent = new Finding(
                    Severity.WARNING,
                    STATEMENT_ABSENT,
                    "The destination trust no longer has the statement for " + source
                            + " that the wiring added: it was changed by hand since. Nothing is removed from it.");
            return new Decision(
                    Change.UNCHANGED, null, Note.of("apply.note.unwire.statementAbsent", source), List.of(absent));
        }
        if (removal.leavesEmpty()) {
            return Decision.of(Change.BLOCKED, null, Note.of("apply.note.unwire.trustEmpty", role.roleName()));
        }
        return Decision.of(Change.DELETE, removal.document(), null);
    }

    /** Deleted even when edited by hand (it is the wiring's, by name), but the approver is told. */
    private Decision inlinePolicy(ResourceSpec spec, LiveResource live) {
        if (!live.present()) {
            return gone();
        }
        if (wiring.diff(live.document(), spec.desired()).changed()) {
            Finding edited = new Finding(
                    Severity.WARNING,
                    POLICY_EDITED,
                    "Inline policy " + spec.name() + " on role " + spec.roleName()
                            + " is not what the wiring wrote: it was edited by hand since, and is deleted as it is now.");
            return new Decision(
                    Change.DELETE, null, Note.of("apply.note.unwire.policyEdited", spec.name()), List.of(edited));
        }
        return Decision.of(Change.DELETE, null, null);
    }

    private static Decision profile(ResourceSpec spec, LiveResource live) {
        if (!live.present()) {
            return gone();
        }
        List<String> others =
                live.members().stream().filter(r -> !r.equals(spec.roleName())).toList();
        if (!others.isEmpty()) {
            return Decision.of(
                    Change.UNCHANGED, null, Note.of("apply.note.profileHoldsRole", spec.name(), others.get(0)));
        }
        return Decision.of(Change.DELETE, null, null);
    }

    /**
     * A role another wiring in force uses is kept, and so is what sits on it (its policies, its
     * instance profile): removing them would break that wiring.
     */
    private Optional<Decision> onKeptRole(ResourceSpec spec, Unwiring unwiring) {
        RoleArn role = spec.resource().role();
        return kept(role, unwiring).map(other -> {
            Finding finding = new Finding(
                    Severity.INFO, ROLE_KEPT, "Role " + role + " is kept: run #" + other + " still wires it.");
            return new Decision(
                    Change.UNCHANGED,
                    null,
                    Note.of("apply.note.unwire.roleKept", role.roleName(), String.valueOf(other)),
                    List.of(finding));
        });
    }

    /**
     * Another wiring in force of the same source and destination roles relies on the same trust
     * statement and inline policy: both stay, and the approver is told which run keeps them.
     */
    private Optional<Decision> pairKept(Run run, Unwiring unwiring) {
        RoleArn source = DesiredResources.sourceRole(run.input());
        RoleArn destination = DesiredResources.destinationRole(run.input());
        return uses.otherWiringOfPair(source, destination, unwiring.undoes()).map(other -> {
            Finding finding = new Finding(
                    Severity.INFO,
                    PAIR_KEPT,
                    "Run #" + other + " wires " + source + " to " + destination
                            + " too: the trust statement and the inline policy it relies on are kept.");
            return new Decision(
                    Change.UNCHANGED,
                    null,
                    Note.of("apply.note.unwire.pairKept", String.valueOf(other)),
                    List.of(finding));
        });
    }

    private Optional<Long> kept(RoleArn role, Unwiring unwiring) {
        return uses.otherWiring(role, unwiring.undoes());
    }

    private static Decision gone() {
        return Decision.of(Change.UNCHANGED, null, Note.of("apply.note.unwire.gone"));
    }
}
