package io.rolewire.runs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A run's stored input with and without an end of access (ADR 019). */
class RunJsonAccessUntilTest {

    private final RunJson json = new RunJson();

    /** As stored before the end of access existed (no accessUntil key at all). */
    private static final String STORED_BEFORE = "{\"destination\":{\"accountId\":\"555566667777\",\"create\":false,"
            + "\"managedPolicyArns\":[],\"roleName\":\"destination-account-role\"},\"ec2\":null,\"ecs\":null,"
            + "\"region\":\"us-east-1\",\"source\":{\"accountId\":\"111122223333\",\"create\":false,"
            + "\"roleName\":\"my-ECS-task-role\"},\"workload\":\"EC2_INSTANCE\"}";

    @Test
    void anInputStoredBeforeTheEndOfAccessStillLoadsWithoutAnEnd() {
        WiringInput input = json.read(STORED_BEFORE, WiringInput.class);

        assertThat(input.workload()).isEqualTo(Workload.EC2_INSTANCE);
        assertThat(input.source().roleName()).isEqualTo("my-ECS-task-role");
        assertThat(input.accessUntil()).isNull();
    }

    @Test
    void anEndIsStoredAsAnIsoInstantAndReadBack() {
        WiringInput input =
                json.read(STORED_BEFORE, WiringInput.class).withAccessUntil(Instant.parse("2027-01-31T00:00:00Z"));

        String stored = json.write(input);

        assertThat(stored).contains("\"accessUntil\":\"2027-01-31T00:00:00Z\"");
        assertThat(json.read(stored, WiringInput.class)).isEqualTo(input);
    }
}
