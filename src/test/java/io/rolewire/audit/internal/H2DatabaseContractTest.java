package io.rolewire.audit.internal;

/** The contract on the embedded H2 (PostgreSQL mode) of the tests and of local try-outs. */
class H2DatabaseContractTest extends DatabaseContractTests {}
