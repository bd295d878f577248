package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The WARNINGs a reader of the seeds would want before applying: one account, a tiny EC2 CPU. */
class NewFindingsTest {

    private final Wiring wiring = new Wiring();

    private List<Finding> findings(WiringInputs inputs) {
        Preview preview = wiring.preview(inputs.build());
        assertThat(preview.violations()).isEmpty();
        return preview.findings();
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void sameAccountOnBothSidesIsAWarningNamingTheAccount() {
        List<Finding> findings = findings(
                WiringInputs.seed003().destination(WiringInputs.SOURCE_ACCOUNT, WiringInputs.DESTINATION_ROLE));

        Finding same = findings.stream()
                .filter(f -> f.code().equals(FindingCodes.SAME_ACCOUNT))
                .findFirst()
                .orElseThrow();
        assertThat(same.severity()).isEqualTo(Severity.WARNING);
        assertThat(same.message()).contains(WiringInputs.SOURCE_ACCOUNT);
    }

    @Test
    void twoAccountsGetNoSameAccountWarning() {
        assertThat(codes(findings(WiringInputs.seed003().sizes(LaunchType.EC2, 256, 512))))
                .doesNotContain(FindingCodes.SAME_ACCOUNT);
    }

    @Test
    void sameAccountAlsoWarnsForAnEc2Instance() {
        assertThat(codes(findings(WiringInputs.seed002().destination("222233334444", "RoleForB"))))
                .contains(FindingCodes.SAME_ACCOUNT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 127})
    void ec2CpuBelow128UnitsIsAWarningSayingUnitsNotVcpus(int cpu) {
        Finding low = findings(WiringInputs.seed003().sizes(LaunchType.EC2, cpu, 512)).stream()
                .filter(f -> f.code().equals(FindingCodes.EC2_CPU_BELOW_MINIMUM))
                .findFirst()
                .orElseThrow();

        assertThat(low.severity()).isEqualTo(Severity.WARNING);
        assertThat(low.message()).startsWith(cpu + " CPU units").contains("128").contains("1024 per vCPU");
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 1024, 10240})
    void ec2CpuFrom128UnitsGetsNoWarning(int cpu) {
        assertThat(codes(findings(WiringInputs.seed003().sizes(LaunchType.EC2, cpu, 512))))
                .doesNotContain(FindingCodes.EC2_CPU_BELOW_MINIMUM);
    }

    @Test
    void ec2WithoutCpuGetsNoWarning() {
        assertThat(codes(findings(WiringInputs.seed003().sizes(LaunchType.EC2, null, 512))))
                .doesNotContain(FindingCodes.EC2_CPU_BELOW_MINIMUM);
    }

    @Test
    void fargateIsSizedByItsPairsAndGetsNoEc2Warning() {
        assertThat(codes(findings(WiringInputs.seed003().sizes(LaunchType.FARGATE, 256, 512))))
                .doesNotContain(FindingCodes.EC2_CPU_BELOW_MINIMUM);
    }

    @Test
    void managedPolicyArnsAreIgnoredForAnExistingDestinationRole() {
        DestinationRole existing = new DestinationRole(
                WiringInputs.DESTINATION_ACCOUNT, WiringInputs.DESTINATION_ROLE, false, List.of("not-an-arn"));
        DestinationRole created = new DestinationRole(
                WiringInputs.DESTINATION_ACCOUNT, WiringInputs.DESTINATION_ROLE, true, List.of("not-an-arn"));

        assertThat(wiring.validate(WiringInputs.seed003().destination(existing).build()))
                .isEmpty();
        assertThat(wiring.validate(WiringInputs.seed003().destination(created).build()))
                .extracting(Violation::field)
                .containsExactly("destination.managedPolicyArns");
    }

    @Test
    void everyOfferedFargatePairValidatesAndNoOtherMemoryDoes() {
        TaskSizes.fargatePairs().forEach((cpu, memories) -> {
            for (int memory : memories) {
                assertThat(wiring.validate(WiringInputs.seed003()
                                .sizes(LaunchType.FARGATE, cpu, memory)
                                .build()))
                        .as("%d/%d", cpu, memory)
                        .isEmpty();
            }
            assertThat(wiring.validate(WiringInputs.seed003()
                            .sizes(LaunchType.FARGATE, cpu, memories.get(0) - 1)
                            .build()))
                    .isNotEmpty();
        });
        assertThat(TaskSizes.fargatePairs().get(256)).containsExactly(512, 1024, 2048);
        assertThat(TaskSizes.fargatePairs().get(4096)).startsWith(8192).endsWith(30720);
    }
}
