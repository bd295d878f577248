package io.rolewire.web.wizard;

import io.rolewire.wiring.TaskSizes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fargate's task sizes as the wizard offers them: one option per documented CPU/memory pair
 * ({@link TaskSizes}, the same table the validation uses), grouped by CPU.
 */
final class FargateSizes {

    /** One CPU size and its memory options; {@code vcpu} is the CPU in vCPUs ("0.25"). */
    public record Group(int cpu, String vcpu, List<Option> options) {}

    /** {@code value} is what the form posts ("256/512"); {@code gib} the memory in GiB ("0.5"). */
    public record Option(String value, int cpu, int memory, String vcpu, String gib) {}

    private static final int PER_UNIT = 1024;

    private FargateSizes() {}

    static List<Group> offered() {
        List<Group> groups = new ArrayList<>();
        TaskSizes.fargatePairs()
                .forEach((cpu, memories) -> groups.add(new Group(
                        cpu,
                        inUnitsOf1024(cpu),
                        memories.stream()
                                .map(memory -> new Option(
                                        cpu + "/" + memory, cpu, memory, inUnitsOf1024(cpu), inUnitsOf1024(memory)))
                                .toList())));
        return List.copyOf(groups);
    }

    /** A saved value that is no offered pair (typed by hand, or from an older table): kept as it is. */
    static boolean isOffered(String value) {
        return offered().stream()
                .flatMap(group -> group.options().stream())
                .anyMatch(option -> option.value().equals(value == null ? "" : value.strip()));
    }

    private static String inUnitsOf1024(int value) {
        return BigDecimal.valueOf(value)
                .divide(BigDecimal.valueOf(PER_UNIT))
                .stripTrailingZeros()
                .toPlainString();
    }
}
