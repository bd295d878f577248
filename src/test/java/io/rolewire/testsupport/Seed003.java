package io.rolewire.testsupport;

import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;

/**
 * Seed 003 as the apply tests wire it: the golden case's accounts (12-digit stand-ins for the
 * seed's 16-digit placeholders) and names, the source role created by Rolewire.
 */
public final class Seed003 {

    public static final String SOURCE = "111122223333";
    public static final String DESTINATION = "555566667777";
    public static final String SOURCE_ROLE = "my-ECS-task-role";
    public static final String DESTINATION_ROLE = "my-cross-account-role";
    public static final String FAMILY = "verify-assume-cross-account-role";

    private Seed003() {}

    /** @param createDestination Rolewire creates the destination role too (else it must exist) */
    public static WiringInput input(String region, boolean createDestination) {
        return input(SOURCE, DESTINATION, region, createDestination);
    }

    /** With other accounts (a test's own in a shared emulator). */
    public static WiringInput input(String source, String destination, String region, boolean createDestination) {
        return new WiringInput(
                Workload.ECS_TASK,
                region,
                new SourceRole(source, SOURCE_ROLE, true),
                new DestinationRole(destination, DESTINATION_ROLE, createDestination, List.of()),
                new EcsTaskOptions(FAMILY, "test", "your-test-image", 100, 200, LaunchType.EC2, null, false),
                null);
    }
}
