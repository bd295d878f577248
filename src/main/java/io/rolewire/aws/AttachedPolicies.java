package io.rolewire.aws;

import java.util.List;

/** The managed policy ARNs attached to a role (every page); the request id of the last page. */
public record AttachedPolicies(String roleName, List<String> policyArns, String requestId) {

    public AttachedPolicies {
        policyArns = List.copyOf(policyArns);
    }
}
