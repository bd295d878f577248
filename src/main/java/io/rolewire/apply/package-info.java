/**
 * Planning against the live accounts, the step executor with its retries, and verification
 * (DESIGN.md "Run lifecycle", "AWS access", "Verification"). Reads and writes AWS only through
 * {@code aws}, moves runs only through {@code runs}' lifecycle, records every call in {@code audit}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"wiring", "aws", "runs", "runs :: events", "audit"})
package io.rolewire.apply;
