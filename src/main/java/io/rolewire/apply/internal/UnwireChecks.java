package io.rolewire.apply.internal;

import io.rolewire.apply.VerificationCheck;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.LiveInstanceProfile;
import io.rolewire.aws.LiveRole;
import io.rolewire.aws.Simulation;
import io.rolewire.aws.TaskDefinitionRevision;
import io.rolewire.runs.Run;
import io.rolewire.wiring.DesiredResources;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.Unwiring;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.Optional;

/**
 * The verification of an UNWIRE run (ADR 018), the three checks of a wiring inverted: it passes
 * when the source role can no longer assume the destination role. The simulator must deny (or the
 * source role be gone), our statement must be out of the destination trust (or the role gone), and
 * the revision the wiring registered must be INACTIVE or gone (EC2: the profile no longer holds
 * the role, unless another wiring keeps it there).
 */
final class UnwireChecks {

    private final Wiring wiring = new Wiring();
    private final RoleUses uses;

    UnwireChecks(RoleUses uses) {
        this.uses = uses;
    }

    VerificationCheck identity(AccountSession source, String sourceArn, String destinationArn) {
        try {
            Simulation simulation = source.iam().simulate(sourceArn, "sts:AssumeRole", destinationArn);
            String evidence = "SimulatePrincipalPolicy: " + sourceArn + " calling sts:AssumeRole on " + destinationArn
                    + " is " + simulation.decision();
            return new VerificationCheck(
                    VerificationCheck.IDENTITY, !simulation.allowed(), evidence, simulation.requestId());
        } catch (AwsCallFailed e) {
            if (!e.notFound()) {
                throw e;
            }
            return new VerificationCheck(
                    VerificationCheck.IDENTITY,
                    true,
                    "Role " + sourceArn + " no longer exists",
                    e.requestId().orElse(null));
        }
    }

    VerificationCheck trust(AccountSession destination, Run run, String sourceArn) {
        WiringInput input = run.input();
        Optional<LiveRole> role = destination.iam().role(input.destination().roleName());
        if (role.isEmpty()) {
            return new VerificationCheck(
                    VerificationCheck.TRUST,
                    true,
                    "Role " + input.destination().roleName() + " no longer exists in account "
                            + input.destination().accountId(),
                    null);
        }
        String trust = role.get().trustPolicy();
        String stored = run.document(DocumentKeys.DESTINATION_TRUST_POLICY)
                .map(d -> d.content())
                .orElse(null);
        boolean ours = wiring.removeDestinationStatement(trust, input, stored).removed();
        TrustEvidence.Result allows = TrustEvidence.check(trust, sourceArn);
        boolean passed = !ours && !allows.allows();
        String evidence = (passed
                        ? "No statement of role " + role.get().arn() + " lets " + sourceArn + " assume it"
                        : "The trust of " + role.get().arn() + " still lets " + sourceArn + " assume it: "
                                + allows.evidence())
                + " (RoleId " + role.get().roleId() + ")";
        return new VerificationCheck(
                VerificationCheck.TRUST, passed, evidence, role.get().requestId());
    }

    VerificationCheck workload(AccountSession source, Run run) {
        Unwiring unwiring = Unwiring.of(run.documents()).orElseThrow();
        if (run.input().workload() == Workload.EC2_INSTANCE) {
            return profile(source, run.input(), unwiring);
        }
        String revision = unwiring.taskDefinitionRevision();
        if (revision == null) {
            return new VerificationCheck(
                    VerificationCheck.WORKLOAD,
                    true,
                    "The wiring registered no task definition revision (one was in place): nothing to deregister",
                    null);
        }
        Optional<TaskDefinitionRevision> live = source.ecs().revision(revision);
        boolean inactive = live.map(r -> !r.active()).orElse(true);
        String evidence = revision
                + live.map(r -> r.active() ? " is ACTIVE" : " is INACTIVE").orElse(" no longer exists");
        return new VerificationCheck(
                VerificationCheck.WORKLOAD,
                inactive,
                evidence,
                live.map(TaskDefinitionRevision::requestId).orElse(null));
    }

    private VerificationCheck profile(AccountSession source, WiringInput input, Unwiring unwiring) {
        String name = input.ec2().instanceProfileName();
        Optional<Long> kept = uses.otherWiring(DesiredResources.sourceRole(input), unwiring.undoes());
        if (!unwiring.addedRoleToProfile() || kept.isPresent()) {
            String why = kept.map(id -> "it is kept for run #" + id).orElse("the wiring did not put it there");
            return new VerificationCheck(
                    VerificationCheck.WORKLOAD, true, "Instance profile " + name + " is left as it is: " + why, null);
        }
        Optional<LiveInstanceProfile> profile = source.iam().instanceProfile(name);
        boolean holds = profile.map(p -> p.roleNames().contains(input.source().roleName()))
                .orElse(false);
        String evidence = profile.map(p -> "Instance profile " + p.arn() + " holds " + p.roleNames())
                .orElse("Instance profile " + name + " no longer exists");
        return new VerificationCheck(
                VerificationCheck.WORKLOAD,
                !holds,
                evidence,
                profile.map(LiveInstanceProfile::requestId).orElse(null));
    }
}
