package io.rolewire.testsupport.aws;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** ECS over JSON 1.1 (X-Amz-Target: AmazonEC2ContainerServiceV20141113.*). */
final class EcsOperations {

    StubResponse handle(StubCall call) {
        JsonNode body = StubJson.parse(call.request().body());
        return switch (call.operation()) {
            case "DescribeTaskDefinition" ->
                describe(call, body.path("taskDefinition").asString());
            case "RegisterTaskDefinition" -> register(call, body);
            default -> error(400, "InvalidParameterException", "The stub does not know " + call.operation());
        };
    }

    static StubResponse error(int status, String type, String message) {
        ObjectNode error = StubJson.MAPPER.createObjectNode();
        error.put("__type", type);
        error.put("message", message);
        return new StubResponse(status, StubResponse.AMZ_JSON, error.toString(), type);
    }

    private StubResponse describe(StubCall call, String familyOrArn) {
        String family = familyOrArn.contains("/") ? familyOrArn.substring(familyOrArn.indexOf('/') + 1) : familyOrArn;
        List<StubTaskDefinition> revisions = call.account().taskDefinitions(family.split(":")[0]);
        if (revisions.isEmpty()) {
            return error(400, "ClientException", "Unable to describe task definition.");
        }
        return ok(revisions.get(revisions.size() - 1));
    }

    private StubResponse register(StubCall call, JsonNode body) {
        StubTaskDefinition definition = call.account()
                .register(
                        body.path("family").asString(),
                        body.path("taskRoleArn").asString(null),
                        body.path("executionRoleArn").asString(null),
                        call.request().body());
        return ok(definition);
    }

    private static StubResponse ok(StubTaskDefinition definition) {
        ObjectNode response = StubJson.MAPPER.createObjectNode();
        ObjectNode task = response.putObject("taskDefinition");
        task.put("taskDefinitionArn", definition.arn());
        task.put("family", definition.family());
        task.put("revision", definition.revision());
        task.put("status", "ACTIVE");
        if (definition.taskRoleArn() != null) {
            task.put("taskRoleArn", definition.taskRoleArn());
        }
        if (definition.executionRoleArn() != null) {
            task.put("executionRoleArn", definition.executionRoleArn());
        }
        JsonNode sent = StubJson.parse(definition.json());
        task.set(
                "containerDefinitions",
                sent.path("containerDefinitions").isArray()
                        ? sent.get("containerDefinitions")
                        : StubJson.MAPPER.createArrayNode());
        return new StubResponse(200, StubResponse.AMZ_JSON, response.toString(), null);
    }
}
