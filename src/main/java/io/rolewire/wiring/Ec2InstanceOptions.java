package io.rolewire.wiring;

/** Workload details for {@link Workload#EC2_INSTANCE} (seed 002). */
public record Ec2InstanceOptions(String instanceProfileName) {}
