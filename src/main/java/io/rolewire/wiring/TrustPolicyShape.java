package io.rolewire.wiring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Decides whether a parsed document is a trust policy Rolewire may merge into. Anything it does
 * not understand is refused rather than rewritten: a merge must never change meaning.
 */
final class TrustPolicyShape {

    private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    private static final Set<String> EFFECTS = Set.of("Allow", "Deny");

    private TrustPolicyShape() {}

    /** Why {@code policy} is not a trust policy, or empty when it is one. */
    static Optional<String> problem(JsonNode policy) {
        return documentProblem(policy).or(() -> statementsProblem(IamJson.statements(policy)));
    }

    private static Optional<String> documentProblem(JsonNode policy) {
        if (!policy.isObject()) {
            return Optional.of("the document is not a JSON object");
        }
        JsonNode version = policy.path("Version");
        if (!version.isMissingNode() && !(version.isString() && VERSIONS.contains(version.stringValue()))) {
            return Optional.of("Version must be the string \"2012-10-17\" (or \"2008-10-17\"), not " + version);
        }
        JsonNode statement = policy.path("Statement");
        if (!statement.isObject() && !(statement.isArray() && !statement.isEmpty())) {
            return Optional.of("Statement must be an object or a non-empty array of objects");
        }
        return Optional.empty();
    }

    private static Optional<String> statementsProblem(List<JsonNode> statements) {
        for (int i = 0; i < statements.size(); i++) {
            Optional<String> problem = statementProblem(statements.get(i));
            if (problem.isPresent()) {
                return Optional.of("statement " + (i + 1) + " " + problem.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> statementProblem(JsonNode statement) {
        if (!statement.isObject()) {
            return Optional.of("is not a JSON object");
        }
        JsonNode effect = statement.path("Effect");
        if (!effect.isString() || !EFFECTS.contains(effect.stringValue())) {
            String found = effect.isMissingNode() ? "no Effect" : "Effect " + effect;
            return Optional.of("has " + found + "; it must be \"Allow\" or \"Deny\"");
        }
        JsonNode principal = statement.has("Principal") ? statement.get("Principal") : statement.path("NotPrincipal");
        if (!principal.isObject() && !"*".equals(principal.stringValue(null))) {
            return Optional.of("has no Principal object; every statement of a trust policy names one");
        }
        if (!statement.has("Action") && !statement.has("NotAction")) {
            return Optional.of("has no Action");
        }
        return Optional.empty();
    }
}
