package io.rolewire.aws.internal;

import io.rolewire.wiring.Json;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps the wiring core's task definition document onto the SDK request. A field the mapping does
 * not know is refused: silently dropping it would register something other than what was approved.
 */
final class TaskDefinitionRequests {

    private static final JsonMapper JSON = Json.mapper();
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

    /**
     * A registered revision back in the shape of the rendered document (the same fields, absent ones
     * left out), so that the live plan can tell whether the latest revision is already what the run
     * wants.
     */
    static String document(TaskDefinition definition) {
        ObjectNode task = JSON.createObjectNode();
        putText(task, "family", definition.family());
        putText(task, "taskRoleArn", definition.taskRoleArn());
        putText(task, "executionRoleArn", definition.executionRoleArn());
        putText(task, "networkMode", definition.networkModeAsString());
        if (definition.hasRequiresCompatibilities()
                && !definition.requiresCompatibilities().isEmpty()) {
            ArrayNode compatibilities = task.putArray("requiresCompatibilities");
            definition.requiresCompatibilitiesAsStrings().forEach(compatibilities::add);
        }
        putText(task, "cpu", definition.cpu());
        putText(task, "memory", definition.memory());
        ArrayNode containers = task.putArray("containerDefinitions");
        for (ContainerDefinition container : definition.containerDefinitions()) {
            ObjectNode node = containers.addObject();
            putText(node, "name", container.name());
            putText(node, "image", container.image());
            if (container.cpu() != null) {
                node.put("cpu", container.cpu());
            }
            if (container.memory() != null) {
                node.put("memory", container.memory());
            }
            if (container.essential() != null) {
                node.put("essential", container.essential());
            }
        }
        return JSON.writeValueAsString(task);
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
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
