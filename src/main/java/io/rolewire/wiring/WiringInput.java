package io.rolewire.wiring;

/**
 * Everything an operator types into the wizard. Exactly one of {@code ecs} / {@code ec2} is
 * relevant, depending on {@code workload}; the other may be null.
 */
public record WiringInput(
        Workload workload,
        String region,
        SourceRole source,
        DestinationRole destination,
        EcsTaskOptions ecs,
        Ec2InstanceOptions ec2) {}
