package io.rolewire.runs;

import java.util.Optional;

/**
 * What an approval binds to when the accounts can be read: the live plan. Provided by the module
 * that reads AWS (apply); runs only asks for the plan's hash, so it does not depend on that module.
 */
public interface ApprovalPlans {

    /**
     * Reads the run's live plan now and keeps it as the run's latest.
     *
     * @return the live plan's hash; empty when this installation has no AWS access, so the documents
     *     alone are approved
     * @throws RuntimeException the reader's own refusal when an account cannot be read completely:
     *     nothing is approved then
     */
    Optional<String> readForApproval(long runId, ActingUser by);
}
