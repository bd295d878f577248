package io.rolewire.apply.internal;

/** Thrown before an AWS write when the lease is no longer held; nothing was written for the step. */
final class LeaseLost extends RuntimeException {

    LeaseLost(String instance) {
        super(instance + " no longer holds the apply's lease");
    }
}
