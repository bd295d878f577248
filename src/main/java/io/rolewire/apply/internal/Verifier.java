package io.rolewire.apply.internal;

import io.rolewire.apply.Side;
import io.rolewire.apply.Verification;
import io.rolewire.apply.VerificationCheck;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsSessions;
import io.rolewire.aws.LiveInstanceProfile;
import io.rolewire.aws.LiveRole;
import io.rolewire.aws.LiveTaskDefinition;
import io.rolewire.aws.Simulation;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunKind;
import io.rolewire.wiring.DesiredResources;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * DESIGN.md "Verification": the simulator proves the identity half only, so the destination trust is
 * read back and the workload checked too. Each check keeps what it saw and AWS's request id. An
 * un-wire's checks are the inverse ({@link UnwireChecks}).
 */
class Verifier {

    private final AwsSessions sessions;
    private final AwsText text;
    private final Executor readers;
    private final Clock clock;

    private final UnwireChecks unwire;

    /** @param readers runs the three checks at the same time: none needs another's answer */
    Verifier(AwsSessions sessions, AwsText text, Executor readers, Clock clock) {
        this(sessions, RoleUses.NONE, text, readers, clock);
    }

    /** @param uses the roles an un-wire keeps for other wirings (its checks say so) */
    Verifier(AwsSessions sessions, RoleUses uses, AwsText text, Executor readers, Clock clock) {
        this.unwire = new UnwireChecks(uses);
        this.sessions = sessions;
        this.text = text;
        this.readers = readers;
        this.clock = clock;
    }

    Verification verify(Run run, String by) {
        return LivePlanner.joined(start(run, by, side -> CompletableFuture.completedFuture(null)));
    }

    /**
     * The checks, each started on the readers when the steps of the account it reads are in place;
     * nothing here waits for them. A check reads one account only: the identity (the source role's
     * policies) and the workload in the source account, the trust in the destination account.
     *
     * @param inPlace per account, completes when the attempt's steps there are in place; one that
     *     never completes leaves its checks unstarted
     */
    CompletableFuture<Verification> start(Run run, String by, Function<Side, CompletableFuture<Void>> inPlace) {
        WiringInput input = run.input();
        String runId = String.valueOf(run.id());
        AccountSession source = sessions.open(input.source().account(), input.region(), runId);
        AccountSession destination = sessions.open(input.destination().account(), input.region(), runId);
        String sourceArn = DesiredResources.sourceRole(input).toString();
        String destinationArn = DesiredResources.destinationRole(input).toString();
        List<CompletableFuture<VerificationCheck>> checks = run.kind() == RunKind.UNWIRE
                ? List.of(
                        check(
                                VerificationCheck.IDENTITY,
                                inPlace.apply(Side.SOURCE),
                                () -> unwire.identity(source, sourceArn, destinationArn)),
                        check(
                                VerificationCheck.TRUST,
                                inPlace.apply(Side.DESTINATION),
                                () -> unwire.trust(destination, run, sourceArn)),
                        check(
                                VerificationCheck.WORKLOAD,
                                inPlace.apply(Side.SOURCE),
                                () -> unwire.workload(source, run)))
                : List.of(
                        check(
                                VerificationCheck.IDENTITY,
                                inPlace.apply(Side.SOURCE),
                                () -> identity(source, sourceArn, destinationArn)),
                        check(
                                VerificationCheck.TRUST,
                                inPlace.apply(Side.DESTINATION),
                                () -> trust(destination, input, sourceArn)),
                        check(
                                VerificationCheck.WORKLOAD,
                                inPlace.apply(Side.SOURCE),
                                () -> workload(source, input, sourceArn)));
        return CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new))
                .thenApply(all -> new Verification(
                        run.id(),
                        JdbcApplyStore.now(clock),
                        by,
                        checks.stream().map(CompletableFuture::join).toList()));
    }

    private CompletableFuture<VerificationCheck> check(
            String name, CompletableFuture<Void> after, Supplier<VerificationCheck> read) {
        return after.thenApplyAsync(
                ignored -> {
                    try {
                        return read.get();
                    } catch (AwsCallFailed e) {
                        return new VerificationCheck(
                                name, false, text.of(e), e.requestId().orElse(null));
                    } catch (RuntimeException e) {
                        return new VerificationCheck(name, false, "Could not check: " + e.getMessage(), null);
                    }
                },
                readers);
    }

    private static VerificationCheck identity(AccountSession source, String sourceArn, String destinationArn) {
        Simulation simulation = source.iam().simulate(sourceArn, "sts:AssumeRole", destinationArn);
        String evidence = "SimulatePrincipalPolicy: " + sourceArn + " calling sts:AssumeRole on " + destinationArn
                + " is " + simulation.decision()
                + (simulation.matchedStatements().isEmpty() ? "" : " by " + simulation.matchedStatements());
        return new VerificationCheck(
                VerificationCheck.IDENTITY, simulation.allowed(), evidence, simulation.requestId());
    }

    private VerificationCheck trust(AccountSession destination, WiringInput input, String sourceArn) {
        Optional<LiveRole> role = destination.iam().role(input.destination().roleName());
        if (role.isEmpty()) {
            return new VerificationCheck(
                    VerificationCheck.TRUST,
                    false,
                    "Role " + input.destination().roleName() + " does not exist in account "
                            + input.destination().accountId(),
                    null);
        }
        TrustEvidence.Result result = TrustEvidence.check(role.get().trustPolicy(), sourceArn, clock.instant());
        String evidence = result.evidence() + " (role " + role.get().arn() + ", RoleId "
                + role.get().roleId() + ")";
        return new VerificationCheck(
                VerificationCheck.TRUST, result.allows(), evidence, role.get().requestId());
    }

    private static VerificationCheck workload(AccountSession source, WiringInput input, String sourceArn) {
        if (input.workload() == Workload.EC2_INSTANCE) {
            String name = input.ec2().instanceProfileName();
            Optional<LiveInstanceProfile> profile = source.iam().instanceProfile(name);
            boolean holds = profile.map(
                            p -> p.roleNames().contains(input.source().roleName()))
                    .orElse(false);
            String evidence = profile.map(p -> "Instance profile " + p.arn() + " holds " + p.roleNames())
                    .orElse("Instance profile " + name + " does not exist");
            return new VerificationCheck(
                    VerificationCheck.WORKLOAD,
                    holds,
                    evidence,
                    profile.map(LiveInstanceProfile::requestId).orElse(null));
        }
        String family = input.ecs().family();
        Optional<LiveTaskDefinition> latest = source.ecs().latest(family);
        if (latest.isEmpty()) {
            return new VerificationCheck(
                    VerificationCheck.WORKLOAD,
                    false,
                    "Task definition family " + family + " has no ACTIVE revision",
                    null);
        }
        LiveTaskDefinition definition = latest.get();
        boolean uses = sourceArn.equals(definition.taskRoleArn());
        String evidence = definition.arn() + " has taskRoleArn " + definition.taskRoleArn();
        return new VerificationCheck(VerificationCheck.WORKLOAD, uses, evidence, definition.requestId());
    }
}
