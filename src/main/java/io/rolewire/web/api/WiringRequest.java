package io.rolewire.web.api;

import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The request body of {@code POST /api/v1/plans} and {@code POST /api/v1/runs}, and the
 * {@code input} of a run in responses. It mirrors the fixed points of DESIGN.md and is mapped to
 * the domain's {@link WiringInput} explicitly, so the API shape stays stable while the domain
 * evolves.
 *
 * <p>Bean Validation here only refuses what no rule could accept (absurd lengths, null list
 * elements) before the domain sees it; the caps are deliberately generous so that the wiring
 * core's own rules, with their precise messages, decide everything else (including which fields
 * are required: a missing part becomes the domain's violation on that field).
 *
 * <p>{@code accessUntil} (optional) is an ISO 8601 instant such as {@code 2027-01-31T00:00:00Z}: the
 * end of access (ADR 019); a malformed one is a 400 on that field, one in the past a violation.
 *
 * <p>Unknown properties are refused (see {@link StrictRequestBodies}): a typo such as
 * {@code accountID} must not be dropped silently and yield a plan for something else.
 */
record WiringRequest(
        Workload workload,
        @Size(max = Limits.SHORT) String region,
        @Valid Source source,
        @Valid Destination destination,
        @Valid EcsRequest ecs,
        @Valid Ec2 ec2,
        Instant accessUntil) {

    WiringInput toInput() {
        return new WiringInput(
                workload,
                region,
                source == null ? null : source.toRole(),
                destination == null ? null : destination.toRole(),
                ecs == null ? null : ecs.toOptions(),
                ec2 == null ? null : ec2.toOptions(),
                accessUntil);
    }

    static WiringRequest from(WiringInput input) {
        SourceRole s = input.source();
        DestinationRole d = input.destination();
        Ec2InstanceOptions e = input.ec2();
        return new WiringRequest(
                input.workload(),
                input.region(),
                s == null ? null : new Source(s.accountId(), s.roleName(), s.create()),
                d == null ? null : new Destination(d.accountId(), d.roleName(), d.create(), d.managedPolicyArns()),
                input.ecs() == null ? null : EcsRequest.from(input.ecs()),
                e == null ? null : new Ec2(e.instanceProfileName()),
                input.accessUntil());
    }

    record Source(
            @Size(max = Limits.SHORT) String accountId,
            @Size(max = Limits.NAME) String roleName,
            Boolean create) {

        SourceRole toRole() {
            return new SourceRole(accountId, roleName, Boolean.TRUE.equals(create));
        }
    }

    record Destination(
            @Size(max = Limits.SHORT) String accountId,
            @Size(max = Limits.NAME) String roleName,
            Boolean create,
            @Size(max = Limits.LIST) List<@NotNull @Size(max = Limits.ARN) String> managedPolicyArns) {

        DestinationRole toRole() {
            return new DestinationRole(accountId, roleName, Boolean.TRUE.equals(create), managedPolicyArns);
        }
    }

    record Ec2(@Size(max = Limits.NAME) String instanceProfileName) {

        Ec2InstanceOptions toOptions() {
            return new Ec2InstanceOptions(instanceProfileName);
        }
    }

    /** Syntax caps, far above AWS's own limits (which the wiring core checks with clear messages). */
    static final class Limits {
        static final int SHORT = 64;
        static final int NAME = 256;
        static final int IMAGE = 1024;
        static final int ARN = 2048;
        static final int LIST = 100;

        private Limits() {}
    }
}
