package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunFixtures;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each step waits for what it names, and for nothing else: that is what makes an apply short. */
class StepGraphTest {

    @Test
    void anEcsWiringWaitsOnlyForTheRolesEachResourceNames() {
        Map<String, Set<String>> waits =
                waitsByKey(RunFixtures.ecsInput("111122223333", "task", "555566667777", "target"));

        assertThat(waits.get("source.role")).isEmpty();
        assertThat(waits.get("source.policy")).containsExactly("source.role");
        assertThat(waits.get("destination.role")).containsExactly("source.role");
        assertThat(waits.get("destination.trust")).containsExactlyInAnyOrder("source.role", "destination.role");
        assertThat(waits.get("task.definition")).contains("source.role");
        waits.forEach((key, before) -> assertThat(before).as(key).doesNotContain(key));
        if (waits.containsKey("execution.role")) {
            assertThat(waits.get("execution.role")).isEmpty();
            assertThat(waits.get("task.definition")).contains("execution.role");
        }
    }

    @Test
    void anEc2WiringPutsTheRoleInTheProfileOnceBothExist() {
        Map<String, Set<String>> waits =
                waitsByKey(RunFixtures.ec2Input("111122223333", "task", "555566667777", "target"));

        assertThat(waits.get("instance.profile")).isEmpty();
        assertThat(waits.get("instance.profile.role")).containsExactlyInAnyOrder("instance.profile", "source.role");
    }

    @Test
    void everyStepWaitsOnlyForEarlierOnesSoTheRecordedOrderIsAlwaysPossible() {
        Run run = run(RunFixtures.ecsInput("111122223333", "task", "555566667777", "target"));
        List<Set<Integer>> waits = StepGraph.dependencies(ResourceSpecs.of(run));

        IntStream.range(0, waits.size()).forEach(i -> assertThat(waits.get(i)).allMatch(before -> before < i));
    }

    private static Map<String, Set<String>> waitsByKey(WiringInput input) {
        List<ResourceSpec> specs = ResourceSpecs.of(run(input));
        List<Set<Integer>> waits = StepGraph.dependencies(specs);
        return IntStream.range(0, specs.size())
                .boxed()
                .collect(Collectors.toMap(
                        i -> specs.get(i).key(),
                        i -> waits.get(i).stream().map(j -> specs.get(j).key()).collect(Collectors.toSet())));
    }

    private static Run run(WiringInput input) {
        Preview preview = new Wiring().preview(input);
        return new Run(
                1,
                RunStatus.APPLYING,
                input,
                preview.documents(),
                preview.findings(),
                preview.planHash(),
                "operator",
                Instant.parse("2026-12-04T10:00:00Z"));
    }
}
