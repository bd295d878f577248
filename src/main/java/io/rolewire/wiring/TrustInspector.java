package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a trust policy someone else wrote (the live one of an existing role) for the ways a trust
 * goes wrong: trusting everyone, a whole account, a dead principal, or ECS without scoping.
 * Only Allow statements are checked: a Deny can only take trust away.
 */
final class TrustInspector {

    private static final Pattern ROOT = Pattern.compile("arn:aws(?:-us-gov|-cn)?:iam::([0-9]{12}):root|([0-9]{12})");
    /** Unique IDs IAM shows in place of a principal that was deleted: roles (AROA) and users (AIDA). */
    private static final Pattern UNIQUE_ID = Pattern.compile("(?:AROA|AIDA)[A-Z0-9]{8,}");

    private TrustInspector() {}

    static List<Finding> inspect(JsonNode trustPolicy) {
        List<Finding> findings = new ArrayList<>();
        List<JsonNode> statements = IamJson.statements(trustPolicy);
        for (int i = 0; i < statements.size(); i++) {
            JsonNode statement = statements.get(i);
            if (IamJson.isAllow(statement)) {
                inspectStatement(IamJson.label(statement, i), statement, findings);
            }
        }
        return findings;
    }

    /** The unique IDs ({@code AROA…}, {@code AIDA…}) an Allow statement names where an ARN belongs. */
    static List<String> orphanedPrincipals(JsonNode trustPolicy) {
        List<String> orphaned = new ArrayList<>();
        for (JsonNode statement : IamJson.statements(trustPolicy)) {
            if (IamJson.isAllow(statement)) {
                IamJson.principals(statement, "AWS").stream()
                        .filter(principal -> UNIQUE_ID.matcher(principal).matches())
                        .filter(principal -> !orphaned.contains(principal))
                        .forEach(orphaned::add);
            }
        }
        return orphaned;
    }

    private static void inspectStatement(String label, JsonNode statement, List<Finding> findings) {
        List<String> aws = IamJson.principals(statement, "AWS");
        if ("*".equals(statement.path("Principal").stringValue(null)) || aws.contains("*")) {
            findings.add(finding(
                    Severity.ERROR,
                    FindingCodes.TRUST_WILDCARD_PRINCIPAL,
                    label + " trusts every principal (\"*\"): anyone in any AWS account may assume the role."));
        }
        for (String principal : aws) {
            inspectAwsPrincipal(label, principal, findings);
        }
        if (IamJson.principals(statement, "Service").contains(TrustPolicies.ECS_TASKS_SERVICE)
                && !scopedToSource(statement)) {
            findings.add(finding(
                    Severity.WARNING,
                    FindingCodes.TRUST_CONFUSED_DEPUTY,
                    label + " trusts " + TrustPolicies.ECS_TASKS_SERVICE + " without an aws:SourceAccount or"
                            + " aws:SourceArn condition: ECS acting for another account could assume the role"
                            + " (confused deputy)."));
        }
    }

    private static void inspectAwsPrincipal(String label, String principal, List<Finding> findings) {
        var root = ROOT.matcher(principal);
        if (root.matches()) {
            String account = root.group(1) != null ? root.group(1) : root.group(2);
            findings.add(finding(
                    Severity.WARNING,
                    FindingCodes.TRUST_ROOT_PRINCIPAL,
                    label + " trusts the whole account " + account + " (" + principal + "): every principal"
                            + " there that may call sts:AssumeRole can assume the role. Prefer the role ARN."));
        } else if (UNIQUE_ID.matcher(principal).matches()) {
            findings.add(finding(
                    Severity.WARNING,
                    FindingCodes.TRUST_ORPHANED_PRINCIPAL,
                    label + " names " + principal + ", a unique ID where an ARN belongs: the principal was"
                            + " deleted, maybe recreated, and this statement trusts nobody. Put the ARN back."));
        }
    }

    private static boolean scopedToSource(JsonNode statement) {
        List<String> keys = IamJson.conditionKeys(statement);
        return keys.contains("aws:sourceaccount") || keys.contains("aws:sourcearn");
    }

    private static Finding finding(Severity severity, String code, String message) {
        return new Finding(severity, code, message);
    }
}
