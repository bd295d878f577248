package io.rolewire.wiring;

import tools.jackson.databind.node.ObjectNode;

/**
 * The task definition to register (seed 003). On EC2 the sizes belong to the container, as in the
 * seed; on Fargate they belong to the task, as strings, which is how ECS documents them.
 */
final class TaskDefinitionDocument {

    private TaskDefinitionDocument() {}

    static ObjectNode render(ResolvedWiring wiring) {
        EcsTaskOptions ecs = wiring.ecs();
        ObjectNode task = CanonicalJson.object();
        task.put("family", ecs.family());
        task.put("taskRoleArn", wiring.sourceRoleArn());
        if (ecs.executionRole().enabled()) {
            task.put("executionRoleArn", wiring.executionRoleArn());
        }
        ObjectNode container = task.putArray("containerDefinitions").addObject();
        container.put("name", ecs.containerName());
        container.put("image", ecs.image());
        if (ecs.launchType() == LaunchType.FARGATE) {
            sizeTaskForFargate(task, ecs);
        } else {
            sizeContainer(container, ecs);
        }
        container.put("essential", true);
        return task;
    }

    private static void sizeTaskForFargate(ObjectNode task, EcsTaskOptions ecs) {
        task.putArray("requiresCompatibilities").add("FARGATE");
        task.put("networkMode", "awsvpc");
        task.put("cpu", String.valueOf(ecs.cpu()));
        task.put("memory", String.valueOf(ecs.memory()));
    }

    private static void sizeContainer(ObjectNode container, EcsTaskOptions ecs) {
        if (ecs.cpu() != null) {
            container.put("cpu", ecs.cpu().intValue());
        }
        container.put("memory", ecs.memory().intValue());
    }
}
