package io.rolewire.aws;

import java.util.List;

/**
 * The policy simulator's answer for one action on one resource.
 *
 * @param decision allowed, explicitDeny or implicitDeny, as IAM says it
 * @param matchedStatements the ids (policy name and statement position) of the statements that decided
 */
public record Simulation(
        String principalArn,
        String action,
        String resourceArn,
        String decision,
        List<String> matchedStatements,
        String requestId) {

    public Simulation {
        matchedStatements = List.copyOf(matchedStatements);
    }

    public boolean allowed() {
        return "allowed".equals(decision);
    }
}
