package io.rolewire.wiring;

import io.rolewire.wiring.ShellScript.Option;
import tools.jackson.databind.JsonNode;

/** The steps both workloads' scripts share: the source role and the destination trust. */
final class ScriptSteps {

    private ScriptSteps() {}

    static String sourceAccount(ResolvedWiring wiring) {
        return "the source account " + wiring.source().accountId();
    }

    static String destinationAccount(ResolvedWiring wiring) {
        return "the destination account " + wiring.destination().accountId();
    }

    static void createRole(ShellScript script, String roleName, JsonNode trustPolicy) {
        script.command(
                "aws iam create-role",
                Option.value("--role-name", roleName),
                Option.document("--assume-role-policy-document", trustPolicy));
    }

    static void putRolePolicy(ShellScript script, String roleName, String policyName, JsonNode policy) {
        script.command(
                "aws iam put-role-policy",
                Option.value("--role-name", roleName),
                Option.value("--policy-name", policyName),
                Option.document("--policy-document", policy));
    }

    static void sourcePermission(ShellScript script, ResolvedWiring wiring) {
        script.step(sourceAccount(wiring), "Allow " + wiring.source().roleName() + " to assume the destination role.");
        putRolePolicy(
                script,
                wiring.source().roleName(),
                InlinePolicyNames.assumeDestination(wiring.destination()),
                PermissionPolicies.assumeDestination(wiring));
    }

    /** Runs after the source role exists: IAM refuses a trust policy naming a role it cannot see yet. */
    static void destinationTrust(ShellScript script, ResolvedWiring wiring) {
        DestinationRole destination = wiring.destination();
        if (destination.create()) {
            createDestinationRole(script, wiring);
        } else {
            mergeIntoExistingTrust(script, wiring);
        }
    }

    private static void createDestinationRole(ShellScript script, ResolvedWiring wiring) {
        DestinationRole destination = wiring.destination();
        script.step(
                destinationAccount(wiring), "Create " + destination.roleName() + ", trusting only the source role.");
        createRole(script, destination.roleName(), TrustPolicies.destination(wiring));
        for (String policyArn : destination.managedPolicyArns()) {
            script.command(
                    "aws iam attach-role-policy",
                    Option.value("--role-name", destination.roleName()),
                    Option.value("--policy-arn", policyArn));
        }
    }

    /**
     * update-assume-role-policy replaces the whole trust policy, so running it with our statement
     * alone would lock out everyone else the role trusts. The step therefore refuses to run until
     * the operator points it at a merged document.
     */
    private static void mergeIntoExistingTrust(ShellScript script, ResolvedWiring wiring) {
        String role = wiring.destination().roleName();
        script.step(
                destinationAccount(wiring),
                role + " exists: MERGE this statement into its current trust policy, do not overwrite it.",
                "update-assume-role-policy replaces the whole document; keep every other statement.",
                "Current policy: aws iam get-role --role-name " + ShellScript.quote(role)
                        + " --query Role.AssumeRolePolicyDocument",
                "Statement to add: " + CanonicalJson.compact(TrustPolicies.destinationStatement(wiring)),
                "Save the merged policy to a file and set MERGED_TRUST_POLICY to its path.");
        script.command(
                "aws iam update-assume-role-policy",
                Option.value("--role-name", role),
                Option.expanded(
                        "--policy-document",
                        "\"file://${MERGED_TRUST_POLICY:?set MERGED_TRUST_POLICY to the merged trust policy file}\""));
    }
}
