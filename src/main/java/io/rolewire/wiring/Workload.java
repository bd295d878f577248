package io.rolewire.wiring;

/** What runs in the source account and needs the destination role. */
public enum Workload {
    ECS_TASK,
    EC2_INSTANCE
}
