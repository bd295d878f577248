package io.rolewire.wiring;

public enum LaunchType {
    EC2,
    FARGATE
}
