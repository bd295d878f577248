/**
 * Access to AWS for the apply: per-account sessions, the reads of the live plan, the writes of the
 * executor, verification calls and Access Analyzer. Only plain records and our own
 * {@link io.rolewire.aws.AwsCallFailed} cross this boundary; the SDK stays in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"wiring"})
package io.rolewire.aws;
