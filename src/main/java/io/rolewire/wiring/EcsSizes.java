package io.rolewire.wiring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * CPU and memory rules. On EC2 they size the container (memory is the hard limit, required); on
 * Fargate they size the task and must be one of the documented CPU/memory pairs.
 */
final class EcsSizes {

    static final int MAX_CONTAINER_CPU = 10_240;
    static final int MIN_CONTAINER_MEMORY = 6;
    /** Docker refuses less than 6 MiB; 1 TiB is far above any container and catches GiB/MiB mix-ups. */
    static final int MAX_CONTAINER_MEMORY = 1_048_576;

    /** ECS's smallest task-level CPU on EC2; less is valid for a container, but rarely meant. */
    static final int MIN_EC2_TASK_CPU = 128;

    private static final Map<Integer, List<Integer>> FARGATE = fargatePairs();

    private EcsSizes() {}

    static List<Integer> fargateMemoryFor(int cpu) {
        return FARGATE.getOrDefault(cpu, List.of());
    }

    /** Fargate's documented CPU units and, for each, its memory sizes in MiB, smallest first. */
    static Map<Integer, List<Integer>> fargatePairsByCpu() {
        return FARGATE;
    }

    /** The CPU of an EC2 task that asks for less than {@link #MIN_EC2_TASK_CPU}, if it does. */
    static Optional<Integer> belowEc2Minimum(EcsTaskOptions ecs) {
        return ecs != null && ecs.launchType() == LaunchType.EC2 && ecs.cpu() != null && ecs.cpu() < MIN_EC2_TASK_CPU
                ? Optional.of(ecs.cpu())
                : Optional.empty();
    }

    static void check(EcsTaskOptions ecs, Violations violations) {
        if (ecs.launchType() == LaunchType.FARGATE) {
            checkFargate(ecs.cpu(), ecs.memory(), violations);
        } else {
            checkContainer(ecs.cpu(), ecs.memory(), violations);
        }
    }

    private static void checkContainer(Integer cpu, Integer memory, Violations violations) {
        if (cpu != null && (cpu < 0 || cpu > MAX_CONTAINER_CPU)) {
            violations.add("ecs.cpu", "wiring.cpu.range", text(cpu), "0", text(MAX_CONTAINER_CPU));
        }
        if (memory == null) {
            violations.required("ecs.memory");
        } else if (memory < MIN_CONTAINER_MEMORY || memory > MAX_CONTAINER_MEMORY) {
            violations.add(
                    "ecs.memory",
                    "wiring.memory.range",
                    text(memory),
                    text(MIN_CONTAINER_MEMORY),
                    text(MAX_CONTAINER_MEMORY));
        }
    }

    private static void checkFargate(Integer cpu, Integer memory, Violations violations) {
        if (cpu == null) {
            violations.required("ecs.cpu");
        } else if (!FARGATE.containsKey(cpu)) {
            violations.add("ecs.cpu", "wiring.fargate.cpu", text(cpu), joined(List.copyOf(FARGATE.keySet())));
        }
        if (memory == null) {
            violations.required("ecs.memory");
        } else if (cpu != null
                && FARGATE.containsKey(cpu)
                && !fargateMemoryFor(cpu).contains(memory)) {
            violations.add(
                    "ecs.memory", "wiring.fargate.cpuMemory", text(cpu), text(memory), joined(fargateMemoryFor(cpu)));
        }
    }

    private static Map<Integer, List<Integer>> fargatePairs() {
        Map<Integer, List<Integer>> pairs = new LinkedHashMap<>();
        pairs.put(256, List.of(512, 1024, 2048));
        pairs.put(512, steps(1024, 4096, 1024));
        pairs.put(1024, steps(2048, 8192, 1024));
        pairs.put(2048, steps(4096, 16384, 1024));
        pairs.put(4096, steps(8192, 30720, 1024));
        pairs.put(8192, steps(16384, 61440, 4096));
        pairs.put(16384, steps(32768, 122880, 8192));
        return Collections.unmodifiableMap(pairs); // keeps the documented order for messages
    }

    private static List<Integer> steps(int from, int to, int step) {
        return IntStream.iterate(from, m -> m <= to, m -> m + step).boxed().toList();
    }

    private static String joined(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Numbers go into messages as typed: no locale grouping, so "1024" never reads "1,024". */
    private static String text(int value) {
        return String.valueOf(value);
    }
}
