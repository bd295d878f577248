package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcsSizesTest {

    private final Wiring wiring = new Wiring();

    private List<Violation> violationsOf(LaunchType launchType, Integer cpu, Integer memory) {
        return wiring.validate(
                WiringInputs.seed003().sizes(launchType, cpu, memory).build());
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {"null,200", "0,6", "10240,1048576", "100,200"})
    void ec2ContainerSizesWithinAwsLimitsAreAccepted(Integer cpu, Integer memory) {
        assertThat(violationsOf(LaunchType.EC2, cpu, memory)).isEmpty();
    }

    @Test
    void ec2ContainerCpuAboveTenThousandUnitsIsOutOfRange() {
        assertThat(violationsOf(LaunchType.EC2, 10241, 200))
                .extracting(Violation::field, Violation::code, Violation::defaultMessage)
                .containsExactly(tuple(
                        "ecs.cpu", "wiring.cpu.range", "Container CPU is 0 to 10240 units; 10241 is out of range."));
    }

    @Test
    void ec2ContainerNeedsAtLeastSixMebibytes() {
        assertThat(violationsOf(LaunchType.EC2, 100, 5))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("ecs.memory", "wiring.memory.range"));
    }

    @Test
    void ec2ContainerWithoutMemoryIsIncomplete() {
        assertThat(violationsOf(LaunchType.EC2, 100, null))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("ecs.memory", "wiring.required"));
    }

    @ParameterizedTest
    @CsvSource({
        "256,512",
        "256,2048",
        "512,4096",
        "1024,8192",
        "2048,16384",
        "4096,30720",
        "8192,16384",
        "8192,61440",
        "16384,32768",
        "16384,122880"
    })
    void documentedFargatePairsAreAccepted(int cpu, int memory) {
        assertThat(violationsOf(LaunchType.FARGATE, cpu, memory)).isEmpty();
    }

    @Test
    void fargateMemoryOutsideTheCpusListNamesTheValidValues() {
        assertThat(violationsOf(LaunchType.FARGATE, 512, 512))
                .extracting(Violation::field, Violation::code, Violation::defaultMessage)
                .containsExactly(
                        tuple(
                                "ecs.memory",
                                "wiring.fargate.cpuMemory",
                                "With 512 CPU units, Fargate task memory must be one of 1024, 2048, 3072, 4096 MiB; 512 is not."));
    }

    @Test
    void fargateMemoryBetweenSteps8192CpuIsRejected() {
        assertThat(violationsOf(LaunchType.FARGATE, 8192, 17408))
                .extracting(Violation::field)
                .containsExactly("ecs.memory");
    }

    @Test
    void fargateCpuThatIsNoDocumentedSizeIsRejectedOnCpu() {
        assertThat(violationsOf(LaunchType.FARGATE, 100, 200))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("ecs.cpu", "wiring.fargate.cpu"));
    }

    @Test
    void fargateNeedsBothTaskCpuAndMemory() {
        assertThat(violationsOf(LaunchType.FARGATE, null, null))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("ecs.cpu", "wiring.required"), tuple("ecs.memory", "wiring.required"));
    }

    @Test
    void fargateMemoryListsFollowTheDocumentedSteps() {
        assertThat(EcsSizes.fargateMemoryFor(256)).containsExactly(512, 1024, 2048);
        assertThat(EcsSizes.fargateMemoryFor(4096)).hasSize(23).startsWith(8192).endsWith(30720);
        assertThat(EcsSizes.fargateMemoryFor(8192)).hasSize(12).contains(20480).doesNotContain(17408);
        assertThat(EcsSizes.fargateMemoryFor(16384)).hasSize(12).endsWith(122880);
    }
}
