package io.rolewire.web.wizard;

import jakarta.validation.Valid;

/**
 * Step 4: workload details. The page shows one part, depending on the workload, and only that part
 * is posted; the other stays null here and keeps its saved values. The field paths
 * ({@code ecs.memory}, {@code ecs.executionRole.secretArns}) are the violation paths of the core.
 */
record DetailsForm(@Valid EcsForm ecs, @Valid Ec2Form ec2) {}
