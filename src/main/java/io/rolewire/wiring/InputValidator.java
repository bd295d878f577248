package io.rolewire.wiring;

import java.util.List;

/**
 * Checks a {@link WiringInput} against AWS's own rules. Every missing part becomes a violation on
 * the field the operator has to fill in; nothing here dereferences a null.
 */
final class InputValidator {

    private InputValidator() {}

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
