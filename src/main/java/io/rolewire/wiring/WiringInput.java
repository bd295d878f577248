package io.rolewire.wiring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Everything an operator types into the wizard. Exactly one of {@code ecs} / {@code ec2} is
 * relevant, depending on {@code workload}; the other may be null.
 *
 * @param accessUntil optional end of the access (UTC): the destination trust statement carries it
 *     as {@code DateLessThan aws:CurrentTime}, so AWS itself refuses the assume from then on. Kept to
 *     whole seconds, the precision the rendered condition shows; null means no end.
 */
public record WiringInput(
        Workload workload,
        String region,
        SourceRole source,
        DestinationRole destination,
        EcsTaskOptions ecs,
        Ec2InstanceOptions ec2,
        Instant accessUntil) {

    public WiringInput {
        accessUntil = accessUntil == null ? null : accessUntil.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A wiring without an end of access. */
    public WiringInput(
            Workload workload,
            String region,
            SourceRole source,
            DestinationRole destination,
            EcsTaskOptions ecs,
            Ec2InstanceOptions ec2) {
        this(workload, region, source, destination, ecs, ec2, null);
    }

    /** The same wiring ending at {@code until} (null: no end). */
    public WiringInput withAccessUntil(Instant until) {
        return new WiringInput(workload, region, source, destination, ecs, ec2, until);
    }
}
