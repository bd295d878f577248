package io.rolewire.wiring;

import java.util.List;
import java.util.Map;

/**
 * The CPU and memory sizes the validation accepts, for forms that offer them as choices: a form
 * built from these never offers what {@link Wiring#validate} refuses.
 */
public final class TaskSizes {

    private TaskSizes() {}

    /** Fargate's CPU units (in the documented order) and the memory sizes (MiB) each allows. */
    public static Map<Integer, List<Integer>> fargatePairs() {
        return EcsSizes.fargatePairsByCpu();
    }

    /** The highest container CPU on EC2, in units (1024 per vCPU); the lowest is 0. */
    public static int ec2MaxCpu() {
        return EcsSizes.MAX_CONTAINER_CPU;
    }

    /** Below this CPU an EC2 task gets a WARNING ({@link FindingCodes#EC2_CPU_BELOW_MINIMUM}). */
    public static int ec2MinTaskCpu() {
        return EcsSizes.MIN_EC2_TASK_CPU;
    }

    public static int ec2MinMemory() {
        return EcsSizes.MIN_CONTAINER_MEMORY;
    }

    public static int ec2MaxMemory() {
        return EcsSizes.MAX_CONTAINER_MEMORY;
    }
}
