package io.rolewire.wiring;

import java.util.List;

/**
 * The role to assume, in the destination account.
 *
 * @param managedPolicyArns attached when Rolewire creates the role (e.g. ReadOnlyAccess)
 */
public record DestinationRole(String accountId, String roleName, boolean create, List<String> managedPolicyArns) {

    public DestinationRole {
        managedPolicyArns = InputLists.cleaned(managedPolicyArns);
    }

    /** The account as a value (inputs are validated before a run keeps them). */
    public AccountId account() {
        return AccountId.of(accountId);
    }
}
