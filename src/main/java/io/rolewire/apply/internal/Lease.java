package io.rolewire.apply.internal;

/**
 * This instance's hold on one run's apply (ADR 013). Checked before every step and again right
 * before every AWS write: an instance that no longer holds the lease writes nothing more, and one
 * that is stopping starts no new step.
 */
interface Lease {

    /** The instance's name as recorded (host and process id unless configured). */
    String instance();

    /** False once the heartbeat could not be kept: another instance may already own the run. */
    boolean held();

    /** True while the application stops: running steps finish, the rest is handed over. */
    boolean stopping();
}
