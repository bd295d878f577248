package io.rolewire.wiring;

import java.util.List;
import java.util.stream.IntStream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Existing trust policies, as a destination role might have them, built as JSON trees. */
final class TrustDocs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrustDocs() {}

    static ObjectNode policy(ObjectNode... statements) {
        ObjectNode policy = NODES.objectNode().put("Version", "2012-10-17");
        ArrayNode array = policy.putArray("Statement");
        List.of(statements).forEach(array::add);
        return policy;
    }

    static ObjectNode allowAws(String... principals) {
        return statement("Allow", "AWS", principals);
    }

    static ObjectNode allowService(String service) {
        return statement("Allow", "Service", service);
    }

    static ObjectNode statement(String effect, String principalType, String... principals) {
        ObjectNode statement = NODES.objectNode().put("Effect", effect);
        ObjectNode principal = statement.putObject("Principal");
        if (principals.length == 1) {
            principal.put(principalType, principals[0]);
        } else {
            List.of(principals).forEach(principal.putArray(principalType)::add);
        }
        statement.put("Action", "sts:AssumeRole");
        return statement;
    }

    static ObjectNode withCondition(ObjectNode statement, String operator, String key, String value) {
        statement.putObject("Condition").putObject(operator).put(key, value);
        return statement;
    }

    /** A policy of {@code count} statements trusting distinct roles: about 100 characters each. */
    static ObjectNode manyRoles(int count) {
        return policy(IntStream.range(0, count)
                .mapToObj(i -> allowAws("arn:aws:iam::111122223333:role/team-role-" + i))
                .toArray(ObjectNode[]::new));
    }
}
