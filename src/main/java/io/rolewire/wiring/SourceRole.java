package io.rolewire.wiring;

/**
 * The role the workload runs as, in the source account.
 *
 * @param create true when Rolewire should create the role; false when it exists already
 */
public record SourceRole(String accountId, String roleName, boolean create) {

    /** The account as a value (inputs are validated before a run keeps them). */
    public AccountId account() {
        return AccountId.of(accountId);
    }
}
