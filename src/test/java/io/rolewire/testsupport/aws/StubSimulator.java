package io.rolewire.testsupport.aws;

import static io.rolewire.testsupport.aws.QueryXml.element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * A small policy simulator: Allow statements of the role's inline policies whose Action and Resource
 * match (exactly, or by "*"). Enough to tell a wired source role from one that is not.
 */
final class StubSimulator {

    private StubSimulator() {}

    static StubResponse simulate(
            StubCall call,
            BiFunction<StubCall, String, StubResponse> ok,
            BiFunction<StubCall, String, StubResponse> noSuchEntity) {
        String source = call.param("PolicySourceArn");
        StubRole role = call.account().roles().get(source.substring(source.indexOf(":role/") + 6));
        if (role == null) {
            return noSuchEntity.apply(call, "The role " + source + " cannot be found.");
        }
        String action = call.param("ActionNames.member.1");
        String resource = call.param("ResourceArns.member.1");
        List<String> matched = matching(role.inlinePolicies(), action, resource);
        StringBuilder statements = new StringBuilder();
        matched.forEach(id -> statements
                .append("<member>")
                .append(element("SourcePolicyId", id))
                .append(element("SourcePolicyType", "IAM Policy"))
                .append("</member>"));
        String result = "<EvaluationResults><member>" + element("EvalActionName", action)
                + element("EvalResourceName", resource)
                + element("EvalDecision", matched.isEmpty() ? "implicitDeny" : "allowed")
                + "<MatchedStatements>" + statements + "</MatchedStatements><MissingContextValues/></member>"
                + "</EvaluationResults><IsTruncated>false</IsTruncated>";
        return ok.apply(call, result);
    }

    private static List<String> matching(Map<String, String> policies, String action, String resource) {
        List<String> matched = new ArrayList<>();
        policies.forEach((name, document) -> {
            for (JsonNode statement : StubJson.statements(StubJson.parse(document))) {
                if ("Allow".equals(statement.path("Effect").asString())
                        && matches(StubJson.strings(statement.path("Action")), action.toLowerCase(Locale.ROOT))
                        && matches(StubJson.strings(statement.path("Resource")), resource)) {
                    matched.add(name);
                }
            }
        });
        return matched;
    }

    private static boolean matches(List<String> patterns, String value) {
        return patterns.stream()
                .anyMatch(p -> p.equals("*")
                        || p.equalsIgnoreCase(value)
                        || p.endsWith(":*")
                                && value.startsWith(
                                        p.substring(0, p.length() - 1).toLowerCase(Locale.ROOT)));
    }
}
