package io.rolewire.wiring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@link WiringInput} against AWS's own rules. Every missing part becomes a violation on
 * the field the operator has to fill in; nothing here dereferences a null.
 */
final class InputValidator {

    private InputValidator() {}

    /**
     * The rules at input time: the structural ones and the end of access against {@code now}. An
     * approved run is never checked against the clock again (its end may pass before an apply).
     */
    static List<Violation> validate(WiringInput input, Instant now) {
        List<Violation> structural = validate(input);
        if (input == null || input.accessUntil() == null) {
            return structural;
        }
        Violations violations = new Violations();
        AccessEnd.check(input.accessUntil(), now, violations);
        List<Violation> all = new ArrayList<>(structural);
        all.addAll(violations.toList());
        return List.copyOf(all);
    }

    /** The rules that do not depend on the time. */
    static List<Violation> validate(WiringInput input) {
        Violations violations = new Violations();
        if (input == null) {
            violations.required("workload");
            return violations.toList();
        }
        String partition = checkRegion(input.region(), violations);
        RoleRules.check(input.source(), input.destination(), partition, violations);
        checkWorkload(input, partition, violations);
        return violations.toList();
    }

    /** Returns the partition of a known region, or null when the region cannot be used. */
    private static String checkRegion(String region, Violations violations) {
        if (Violations.isBlank(region)) {
            violations.required("region");
            return null;
        }
        if (!Regions.isKnown(region)) {
            violations.add("region", "wiring.region.unknown", region);
            return null;
        }
        return Regions.partitionOf(region);
    }

    private static void checkWorkload(WiringInput input, String partition, Violations violations) {
        if (input.workload() == null) {
            violations.required("workload");
        } else if (input.workload() == Workload.ECS_TASK) {
            EcsRules.check(input.ecs(), input.source(), partition, violations);
        } else {
            Ec2InstanceOptions ec2 = input.ec2() == null ? new Ec2InstanceOptions(null) : input.ec2();
            NameRule.INSTANCE_PROFILE.check("ec2.instanceProfileName", ec2.instanceProfileName(), violations);
        }
    }
}
