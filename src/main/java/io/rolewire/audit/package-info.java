/** The append-only event log of every run, and the history queries reviewers use. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"runs", "runs :: events", "wiring"})
package io.rolewire.audit;
