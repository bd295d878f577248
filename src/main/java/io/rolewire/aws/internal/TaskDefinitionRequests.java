package io.rolewire.aws.internal;

import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps the wiring core's task definition document onto the SDK request. A field the mapping does
 * not know is refused: silently dropping it would register something other than what was approved.
 */
final class TaskDefinitionRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TASK_FIELDS = Set.of(
            "family",
            "taskRoleArn",
            "executionRoleArn",
            "networkMode",
            "requiresCompatibilities",
            "cpu",
            "memory",
            "containerDefinitions");
    private static final Set<String> CONTAINER_FIELDS = Set.of("name", "image", "cpu", "memory", "essential");

    private TaskDefinitionRequests() {}

    static RegisterTaskDefinitionRequest from(String taskDefinitionJson) {
        JsonNode task = JSON.readTree(taskDefinitionJson);
        refuseUnknown(task, TASK_FIELDS, "task definition");
        RegisterTaskDefinitionRequest.Builder request = RegisterTaskDefinitionRequest.builder()
                .family(text(task, "family"))
                .taskRoleArn(text(task, "taskRoleArn"))
                .executionRoleArn(text(task, "executionRoleArn"))
                .networkMode(text(task, "networkMode"))
                .cpu(text(task, "cpu"))
                .memory(text(task, "memory"))
                .containerDefinitions(task.path("containerDefinitions").values().stream()
                        .map(TaskDefinitionRequests::container)
                        .toList());
        if (task.has("requiresCompatibilities")) {
            request.requiresCompatibilities(strings(task.get("requiresCompatibilities")).stream()
                    .map(Compatibility::fromValue)
                    .toList());
        }
        return request.build();
    }

    private static ContainerDefinition container(JsonNode container) {
        refuseUnknown(container, CONTAINER_FIELDS, "container definition");
        ContainerDefinition.Builder builder =
                ContainerDefinition.builder().name(text(container, "name")).image(text(container, "image"));
        if (container.has("cpu")) {
            builder.cpu(container.get("cpu").asInt());
        }
        if (container.has("memory")) {
            builder.memory(container.get("memory").asInt());
        }
        if (container.has("essential")) {
            builder.essential(container.get("essential").asBoolean());
        }
        return builder.build();
    }

    private static void refuseUnknown(JsonNode node, Set<String> known, String what) {
        List<String> unknown = node.propertyNames().stream()
                .filter(name -> !known.contains(name))
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " has fields Rolewire cannot register: " + unknown);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }
}
